package fr.passerelle.kernel.attachments;

import java.io.InputStream;

/** A file as a request brought it, before any check: the name the sender gave, and the bytes to read. */
public record Upload(String filename, InputStream content) {
}
