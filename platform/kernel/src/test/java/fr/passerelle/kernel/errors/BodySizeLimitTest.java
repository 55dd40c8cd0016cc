package fr.passerelle.kernel.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

    @Test
    void multipartFormsAndRawFilesGetTheUploadLimit() {
        assertTrue(BodySizeLimit.isUpload(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertTrue(BodySizeLimit.isUpload(MediaType.APPLICATION_OCTET_STREAM_TYPE));
        assertFalse(BodySizeLimit.isUpload(MediaType.APPLICATION_JSON_TYPE));
        assertFalse(BodySizeLimit.isUpload(MediaType.WILDCARD_TYPE), "a wildcard is not a file");
        assertFalse(BodySizeLimit.isUpload(null));
    }
}
