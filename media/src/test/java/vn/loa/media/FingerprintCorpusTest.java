package vn.loa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;

/**
 * The audio fingerprint of the proof of airing (issue 20) on a corpus like the stations' programs: twenty programs —
 * twelve of Vietnamese speech from espeak-ng over a music bed, eight of music-like tones — each captured eight ways
 * with ffmpeg's filters as a loudspeaker's sound reaches a microphone or a line-in (gain −6 and −12 dB, a 300–3400 Hz
 * band, echo, pink noise at several levels, MP3 at 32 and 64 kbit/s and back, 8 and 16 kHz, a capture starting 2 s
 * early or 1.3 s late, one cut 20 % short). Every capture is matched against every program: at least 99 % of the
 * true pairs must match and no false pair may; silence and noise match nothing. Clips of 12 s keep it quick; the
 * matcher looks at 3-second blocks, so a program's length does not change what is measured. The bit error rates
 * are printed (docs/decisions.md quotes them).
 */
class FingerprintCorpusTest {

    private static final int SECONDS = 12;
    /** The start offset the matcher allows: the 2 s lead-in, and a little more. */
    private static final double MAX_SHIFT_SECONDS = 2.5;
    private static final String[] ANNOUNCEMENTS = {
        "Thông báo của ủy ban nhân dân xã về lịch tiêm phòng cho trâu bò vào sáng thứ bảy tuần này.",
        "Bà con chú ý phòng chống rét đậm rét hại cho gia súc và cây trồng vụ đông xuân.",
        "Hội nông dân xã tổ chức lớp tập huấn kỹ thuật trồng chè an toàn tại nhà văn hóa thôn.",
        "Đề nghị các hộ gia đình thu gom rác thải đúng nơi quy định để giữ gìn vệ sinh môi trường.",
        "Công an xã khuyến cáo người dân cảnh giác với các cuộc gọi lừa đảo qua điện thoại.",
        "Trạm y tế xã thông báo khám sức khỏe miễn phí cho người cao tuổi vào ngày mười lăm.",
        "Mùa mưa bão đang đến gần, các thôn kiểm tra đê điều và chuẩn bị phương án sơ tán.",
        "Chương trình hỗ trợ hộ nghèo vay vốn sản xuất với lãi suất ưu đãi đã được triển khai.",
        "Tuyên truyền an toàn giao thông, không uống rượu bia khi điều khiển xe máy.",
        "Đoàn thanh niên phát động phong trào trồng cây xanh dọc các tuyến đường liên thôn.",
        "Thông báo lịch cắt điện để sửa chữa đường dây từ tám giờ đến mười một giờ ngày mai.",
        "Hợp tác xã thu mua nông sản cho bà con với giá ổn định trong suốt vụ thu hoạch."
    };

    @TempDir
    Path tmp;

    private static int[] fingerprint(byte[] raw) {
        return fingerprinted(raw).words();
    }

    private static AudioFingerprint fingerprinted(byte[] raw) {
        short[] pcm = new short[raw.length / 2];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
        AudioFingerprint f = new AudioFingerprint();
        f.feed(pcm, 0, pcm.length);
        return f;
    }

    private static void ffmpeg(String... args) {
        List<String> all = new ArrayList<>(List.of("-y", "-v", "error", "-nostdin"));
        all.addAll(List.of(args));
        Ffmpeg.Run run = TestAudio.FFMPEG.run(all, 120);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg " + all + ": " + run.stderr());
        }
    }

    private Path program(int i) throws IOException, InterruptedException {
        Path wav = tmp.resolve("program-" + i + ".wav");
        if (i < ANNOUNCEMENTS.length) {
            Path speech = tmp.resolve("speech-" + i + ".wav");
            Process p = new ProcessBuilder(DebianPackage.ensure("espeak-ng", Path.of("/usr/bin/espeak-ng")).toString(), "-v", "vi",
                    "-s", String.valueOf(140 + 10 * (i % 4)), "-p", String.valueOf(35 + 7 * (i % 5)), "-w", speech.toString(),
                    ANNOUNCEMENTS[i] + " " + ANNOUNCEMENTS[(i + 5) % ANNOUNCEMENTS.length]).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), "espeak-ng");
            // a bed of two voices stepping through chords, its own per program, under the voice
            double base = 110 + 13 * i;
            String bed = String.format(Locale.ROOT, "aevalsrc=0.05*sin(2*PI*%.1f*(1+0.25*mod(floor(t/1.5)\\,4))*t)"
                    + "+0.04*sin(2*PI*%.1f*(1+0.2*mod(floor(t/2)\\,3))*t):s=22050:d=%d", base * 2, base * 3, SECONDS);
            ffmpeg("-i", speech.toString(), "-f", "lavfi", "-i", bed, "-filter_complex",
                    "[0:a]apad,atrim=0:" + SECONDS + "[v];[v][1:a]amix=inputs=2:duration=shortest", "-ar", "22050", "-ac", "1",
                    wav.toString());
        } else {
            // a melody with harmonics and its own rhythm, a bass line and a beat of noise: each program its own notes,
            // note lengths and tempo, as two songs differ
            int k = i - ANNOUNCEMENTS.length;
            Random random = new Random(1000 + k);
            double note = 0.22 + 0.07 * k;
            double root = 180 + 23 * k;
            int step = 1 + random.nextInt(11);
            int offset = random.nextInt(12);
            StringBuilder melody = new StringBuilder();
            for (int h = 1; h <= 4; h++) {
                melody.append(String.format(Locale.ROOT, "%s%.3f*sin(2*PI*%.1f*%d*pow(2\\,mod(floor(t/%.3f)*%d+%d\\,12)/12)*t)",
                        h == 1 ? "" : "+", 0.22 / h, root, h, note, step, offset));
            }
            String tones = String.format(Locale.ROOT, "aevalsrc=%s+0.15*sin(2*PI*%.1f*pow(2\\,mod(floor(t/%.3f)*%d\\,7)/12)*t)"
                    + ":s=22050:d=%d", melody, root / 2, note * (2 + k % 3), 2 + random.nextInt(5), SECONDS);
            String beat = String.format(Locale.ROOT, "anoisesrc=color=white:sample_rate=22050:seed=%d:amplitude=0.3:d=%d,"
                    + "volume='if(lt(mod(t\\,%.3f)\\,0.05)\\,1\\,0)':eval=frame", 300 + k, SECONDS, note * 2);
            ffmpeg("-f", "lavfi", "-i", tones, "-f", "lavfi", "-i", beat, "-filter_complex", "[0:a][1:a]amix=inputs=2:duration=first",
                    "-ac", "1", "-ar", "22050", wav.toString());
        }
        return wav;
    }

    private byte[] read(Path raw) {
        try {
            return Files.readAllBytes(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The program as the fingerprint reads it (the reference), then the eight ways it is captured, in two ffmpeg runs
     * (one graph with every filter chain and the MP3 encodings, one decoding the MP3s): starting ffmpeg 180 times cost
     * more than the filtering.
     */
    private List<byte[]> referenceAndCaptures(Path program, int i) {
        String noise = "anoisesrc=color=pink:sample_rate=22050:seed=" + (100 + i) + ":amplitude=";
        String graph = "[0:a]asplit=9[r][a][b][c][d][m32][m64][e][f];[r]anull[o0];[a]volume=-6dB[o1];"
                + "[b]volume=-12dB,highpass=f=300,lowpass=f=3400[o2];"
                + "[c]aecho=0.8:0.6:40:0.35[c2];" + noise + "0.03[n1];[c2][n1]amix=inputs=2:duration=first[o3];"
                + "[d]volume=-3dB[d2];" + noise + "0.08[n2];[d2][n2]amix=inputs=2:duration=first[o4];"
                // recorded from 2 s before the program, at 16 kHz, and stopped when 20 % of it was still to come
                + String.format(Locale.ROOT, "[e]atrim=0:%.1f,", SECONDS * 0.8) + "adelay=2000:all=1,aresample=16000,volume=-6dB[e2];"
                + noise + "0.02[n3];[e2][n3]amix=inputs=2:duration=first[o6];"
                // the harsh one: −10 dB, telephone band, echo, heavy noise, 8 kHz
                + "[f]volume=-10dB,highpass=f=300,lowpass=f=3400,aecho=0.8:0.5:60:0.3,aresample=8000[f2];"
                + "anoisesrc=color=pink:sample_rate=8000:seed=" + (200 + i) + ":amplitude=0.05[n4];[f2][n4]amix=inputs=2:duration=first[o7];"
                + "[m32]anull[m32o];"
                // recorded from 1.3 s into the program, through MP3 at 64 kbit/s and 8 kHz
                + "[m64]atrim=start=1.3,asetpts=PTS-STARTPTS,aresample=8000[m64o]";
        List<String> args = new ArrayList<>(List.of("-i", program.toString(), "-filter_complex", graph));
        for (int o : new int[] {0, 1, 2, 3, 4, 6, 7}) {
            args.addAll(List.of("-map", "[o" + o + "]", "-ac", "1", "-ar", String.valueOf(AudioFingerprint.RATE), "-f", "s16le",
                    tmp.resolve(i + "-" + o + ".raw").toString()));
        }
        Path mp3At32 = tmp.resolve(i + "-32k.mp3");
        Path mp3At64 = tmp.resolve(i + "-64k.mp3");
        args.addAll(List.of("-map", "[m32o]", "-c:a", "libmp3lame", "-b:a", "32k", mp3At32.toString(),
                "-map", "[m64o]", "-c:a", "libmp3lame", "-b:a", "64k", mp3At64.toString()));
        ffmpeg(args.toArray(String[]::new));
        String rate = String.valueOf(AudioFingerprint.RATE);
        ffmpeg("-i", mp3At32.toString(), "-i", mp3At64.toString(), "-map", "0:a", "-ac", "1", "-ar", rate, "-f", "s16le",
                tmp.resolve(i + "-5a.raw").toString(), "-map", "1:a", "-ac", "1", "-ar", rate, "-f",
                "s16le", tmp.resolve(i + "-5.raw").toString());
        List<byte[]> all = new ArrayList<>();
        all.add(read(tmp.resolve(i + "-0.raw")));
        for (String o : new String[] {"1", "2", "3", "4", "5a", "5", "6", "7"}) {
            all.add(read(tmp.resolve(i + "-" + o + ".raw")));
        }
        return all;
    }

    @Test
    void everyCaptureMatchesItsProgramAndNothingElseDoes() throws Exception {
        int programs = 20;
        int[][] references = new int[programs][];
        int[][] reliable = new int[programs][];
        List<List<int[]>> captured = new ArrayList<>(java.util.Collections.nCopies(programs, null));
        // two programs at a time: most of the time is ffmpeg's, and the machine has two cores
        IntStream.range(0, programs).parallel().forEach(i -> {
            try {
                List<byte[]> decoded = referenceAndCaptures(program(i), i);
                AudioFingerprint reference = fingerprinted(decoded.get(0));
                references[i] = reference.words();
                reliable[i] = reference.reliable();
                captured.set(i, decoded.subList(1, decoded.size()).stream().map(FingerprintCorpusTest::fingerprint).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        int truePairs = 0;
        int trueMatched = 0;
        int falseMatched = 0;
        double worstTrue = 0;
        double bestFalse = 1;
        double sumTrue = 0;
        List<String> misses = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            for (int c = 0; c < captured.get(p).size(); c++) {
                List<FingerprintMatch.Block> blocks = FingerprintMatch.blocks(captured.get(p).get(c));
                for (int r = 0; r < programs; r++) {
                    FingerprintMatch.Result m = FingerprintMatch.match(references[r], reliable[r], blocks, MAX_SHIFT_SECONDS);
                    if (r == p) {
                        truePairs++;
                        sumTrue += m.bitErrorRate();
                        worstTrue = Math.max(worstTrue, m.bitErrorRate());
                        if (m.matched()) {
                            trueMatched++;
                        } else {
                            misses.add("program " + p + " capture " + c + ": " + m.bitErrorRate());
                        }
                    } else {
                        bestFalse = Math.min(bestFalse, m.bitErrorRate());
                        if (m.matched()) {
                            falseMatched++;
                            misses.add("FALSE program " + p + " capture " + c + " as " + r + ": " + m.bitErrorRate());
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "fingerprint corpus: %d/%d true pairs matched (mean BER %.3f, worst %.3f), %d false pairs"
                + " matched (lowest BER %.3f), threshold %.2f; misses %s%n", trueMatched, truePairs, sumTrue / truePairs, worstTrue,
                falseMatched, bestFalse, FingerprintMatch.THRESHOLD, misses);
        assertTrue(trueMatched >= Math.ceil(truePairs * 0.99), trueMatched + " of " + truePairs + " true pairs: " + misses);
        assertEquals(0, falseMatched, "no capture may prove another program (lowest false BER " + bestFalse + ")");

        Random random = new Random(7);
        short[] noise = new short[AudioFingerprint.RATE * SECONDS];
        IntStream.range(0, noise.length).forEach(i -> noise[i] = (short) (random.nextGaussian() * 3000));
        for (int[] capture : List.of(AudioFingerprint.of(new short[AudioFingerprint.RATE * SECONDS]), AudioFingerprint.of(noise))) {
            for (int r = 0; r < programs; r++) {
                assertFalse(FingerprintMatch.match(references[r], reliable[r], FingerprintMatch.blocks(capture), MAX_SHIFT_SECONDS)
                        .matched(), "silence or noise is never proof");
            }
        }
    }
}
