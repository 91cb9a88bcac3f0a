package vn.loa.media;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagOptionSingleton;
import org.jaudiotagger.tag.id3.ID3v24Tag;
import org.jaudiotagger.tag.id3.valuepair.TextEncoding;

/**
 * Writes who and what a rendition is into its ID3v2.4 tag, in UTF-8, so a file found on a station PC
 * or a USB stick still says which program it is: title, producing unit (artist) and program id.
 */
public final class RenditionTags {

    static {
        // jaudiotagger logs every frame at INFO through java.util.logging; keep the server log readable.
        Logger.getLogger("org.jaudiotagger").setLevel(Level.WARNING);
        TagOptionSingleton.getInstance().setId3v24DefaultTextEncoding(TextEncoding.UTF_8);
    }

    private RenditionTags() {
    }

    public static void write(Path mp3, String title, String producer, long programId) {
        try {
            AudioFile file = AudioFileIO.readAs(new File(mp3.toString()), "mp3");
            Tag tag = new ID3v24Tag();
            tag.setField(FieldKey.TITLE, title);
            if (producer != null && !producer.isBlank()) {
                tag.setField(FieldKey.ARTIST, producer);
            }
            tag.setField(FieldKey.COMMENT, "loa-program-id=" + programId);
            file.setTag(tag);
            file.commit();
        } catch (Exception e) {
            throw new MediaException(mp3, "tag", "tag_failed", "Không ghi được thông tin (tag) vào bản phát sóng: "
                    + e.getMessage(), "Could not write tags into the rendition: " + e.getMessage(), 0, "");
        }
    }

    /** Title, artist and comment of an MP3, for checks. */
    public static String[] read(Path mp3) {
        try {
            Tag tag = AudioFileIO.readAs(new File(mp3.toString()), "mp3").getTag();
            return new String[] {tag.getFirst(FieldKey.TITLE), tag.getFirst(FieldKey.ARTIST), tag.getFirst(FieldKey.COMMENT)};
        } catch (Exception e) {
            throw new MediaException(mp3, "tag", "tag_unreadable", "Không đọc được tag: " + e.getMessage(),
                    "Cannot read the tags: " + e.getMessage(), 0, "");
        }
    }
}
