package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfFilterTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheTokenOfAnUrlEncodedForm() {
        MediaType form = MediaType.APPLICATION_FORM_URLENCODED_TYPE;
        assertEquals("abc-_1", CsrfFilter.fieldOf(form, bytes("titre=%C3%A9t%C3%A9&_csrf=abc-_1&x=y")));
        assertEquals("a b", CsrfFilter.fieldOf(form, bytes("_csrf=a+b")));
        assertNull(CsrfFilter.fieldOf(form, bytes("x_csrf=abc&csrf=abc")));
        assertNull(CsrfFilter.fieldOf(form, bytes("_csrf=%zz")), "malformed encoding is no token");
        assertNull(CsrfFilter.fieldOf(form, bytes("")));
    }

    @Test
    void readsTheTokenOfAMultipartForm() {
        MediaType multipart = new MediaType("multipart", "form-data", Map.of("boundary", "XyZ"));
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 \u00ff\u0000 _csrf\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntok3n\r\n--XyZ--\r\n";
        assertEquals("tok3n", CsrfFilter.fieldOf(multipart, body.getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(CsrfFilter.fieldOf(multipart, bytes("--XyZ\r\nContent-Disposition: form-data; name=\"titre\"\r\n\r\nx\r\n--XyZ--")));
        assertNull(CsrfFilter.fieldOf(new MediaType("multipart", "form-data"), bytes("anything")), "no boundary");
    }

    @Test
    void otherBodiesCarryNoFormToken() {
        assertNull(CsrfFilter.fieldOf(MediaType.APPLICATION_JSON_TYPE, bytes("{\"_csrf\":\"abc\"}")));
        assertNull(CsrfFilter.fieldOf(null, bytes("_csrf=abc")));
    }
}
