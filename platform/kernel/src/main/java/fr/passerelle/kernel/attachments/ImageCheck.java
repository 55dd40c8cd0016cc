package fr.passerelle.kernel.attachments;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the dimensions an image declares, without decoding it: a PNG's IHDR chunk, a JPEG's frame header. A
 * file with neither is not a usable image; one of more than {@value #MAX_PIXELS} pixels would make the browsers
 * that show it allocate gigabytes, so it is refused too (the server never decodes images).
 */
final class ImageCheck {

    static final long MAX_PIXELS = 100_000_000L;
    private static final int MAX_JPEG_SEGMENTS = 1_000;

    static final String DAMAGED = "est une image endommagée, que Passerelle ne peut pas lire : enregistrez-la de "
            + "nouveau, puis déposez-la";

    private ImageCheck() {
    }

    /** @return width and height */
    static long[] check(FileKind kind, InputStream in) throws Unreadable {
        long[] size;
        try {
            DataInputStream data = new DataInputStream(in);
            size = kind == FileKind.PNG ? png(data) : jpeg(data);
        } catch (EOFException e) {
            throw new Unreadable(DAMAGED, e);
        } catch (IOException e) {
            throw new Unreadable(DAMAGED, e);
        }
        if (size == null || size[0] <= 0 || size[1] < 0) {
            throw new Unreadable(DAMAGED);
        }
        if (size[0] * size[1] > MAX_PIXELS) {
            throw new Unreadable("est une image trop grande (" + size[0] + " × " + size[1] + " pixels) : réduisez-la "
                    + "sous 100 millions de pixels, puis déposez-la de nouveau");
        }
        return size;
    }

    private static long[] png(DataInputStream in) throws IOException {
        in.skipNBytes(8);
        int length = in.readInt();
        byte[] type = in.readNBytes(4);
        if (length != 13 || !"IHDR".equals(new String(type, java.nio.charset.StandardCharsets.US_ASCII))) {
            return null;
        }
        return new long[] {Integer.toUnsignedLong(in.readInt()), Integer.toUnsignedLong(in.readInt())};
    }

    /** Walks the segments up to the first frame header (SOF0 to SOF15, except DHT, JPG and DAC). */
    private static long[] jpeg(DataInputStream in) throws IOException {
        in.skipNBytes(2);
        for (int segment = 0; segment < MAX_JPEG_SEGMENTS; segment++) {
            int marker = in.readUnsignedByte();
            if (marker != 0xff) {
                return null;
            }
            while (marker == 0xff) {
                marker = in.readUnsignedByte();
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue;
            }
            if (marker == 0xd9 || marker == 0xda) {
                return null;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                return null;
            }
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                in.readUnsignedByte();
                long height = in.readUnsignedShort();
                long width = in.readUnsignedShort();
                return new long[] {width, height};
            }
            in.skipNBytes(length - 2);
        }
        return null;
    }
}
