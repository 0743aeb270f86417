package org.firmas.campaign.control;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Phones store a photo as the sensor saw it and write which way up it belongs in its EXIF block.
 * The sizes Firmas serves carry no EXIF at all, so the turn is applied to their pixels instead:
 * otherwise a photo taken upright would be published lying on its side.
 */
final class ExifOrientation {

    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The EXIF orientation of a JPEG (1 to 8), or 1 (as stored) when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                if (marker == START_OF_SCAN) {
                    return 1;
                }
                if (marker == APP1 && length >= 16 && startsWithExif(jpeg, at + 4)) {
                    return inTiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
                }
                at += 2 + length;
            }
        } catch (RuntimeException unreadable) {
            return 1; // a damaged EXIF block only loses the turn; the picture itself decoded
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] bytes, int at) {
        return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
                && bytes[at + 4] == 0 && bytes[at + 5] == 0;
    }

    private static int inTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        int entries = tiff.getShort(directory) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** Whether the orientation turns the picture a quarter, so its width becomes its height. */
    static boolean sideways(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image turned and mirrored as the orientation says, upright. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean sideways = sideways(orientation);
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> turn.setTransform(-1, 0, 0, 1, width, 0);
            case 3 -> turn.setTransform(-1, 0, 0, -1, width, height);
            case 4 -> turn.setTransform(1, 0, 0, -1, 0, height);
            case 5 -> turn.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> turn.setTransform(0, 1, -1, 0, height, 0);
            case 7 -> turn.setTransform(0, -1, -1, 0, height, width);
            default -> turn.setTransform(0, -1, 1, 0, 0, width);
        }
        BufferedImage turned = new BufferedImage(sideways ? height : width, sideways ? width : height,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        graphics.drawImage(image, turn, null);
        graphics.dispose();
        return turned;
    }
}
