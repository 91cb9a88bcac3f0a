package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.Problems;

class PasswordPolicyTest {

    private static List<String> problems(String username, String password) {
        Problems problems = new Problems();
        PasswordPolicy.check(username, password, problems);
        return problems.list().stream().map(p -> p.message()).toList();
    }

    @Test
    void guessablePasswordsAreRefusedInVietnamese() {
        for (String weak : List.of("aaaaaaaaaaaa", "12345678abcd", "loa-demo-2026", "matkhau12345", "qwertyuiop12",
                "kehoach.babe2026")) {
            List<String> found = problems("kehoach.babe", weak);
            assertEquals(1, found.size(), weak);
            assertTrue(found.get(0).contains("dễ đoán") || found.get(0).contains("tên đăng nhập"), weak + ": " + found);
        }
    }

    @Test
    void aMemorableVietnameseSentencePasses() {
        for (String strong : List.of("Loa phường Hợp Giang phát lúc sáu giờ", "Đài tỉnh Bắc Kạn phát sóng 2026",
                "Loa-Hợp-Giang-2026", "một câu thật dài", "một câu dài dễ nhớ")) {
            assertEquals(List.of(), problems("daixa.chora", strong), strong);
        }
    }
}
