package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.firmas.testsupport.TestPictures.drawn;
import static org.firmas.testsupport.TestPictures.encoded;
import static org.firmas.testsupport.TestPictures.withExif;


import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImageCheck.Reason;
import org.firmas.campaign.entity.ImageVariant;
import org.junit.jupiter.api.Test;

class ImageVariantsTest {

    @Test
    void aWidePhotoBecomesAPhoneSizeAndAWideSizeOfTheSameShape() throws IOException {
        List<ImageVariant> variants = accepted(encoded(drawn(2000, 1000, false), "jpeg"));

        assertEquals(List.of(480, 960), variants.stream().map(ImageVariant::width).toList());
        assertEquals(List.of(240, 480), variants.stream().map(ImageVariant::height).toList());
        for (ImageVariant variant : variants) {
            BufferedImage served = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
            assertEquals(variant.width(), served.getWidth());
            assertEquals(variant.height(), served.getHeight());
            assertEquals(ImageVariant.JPEG, variant.contentType());
        }
    }

    @Test
    void aSmallImageIsServedAtItsOwnWidthNeverEnlarged() throws IOException {
        List<ImageVariant> variants = accepted(encoded(drawn(600, 300, true), "png"));

        assertEquals(List.of(480, 600), variants.stream().map(ImageVariant::width).toList());
        assertEquals(ImageVariant.PNG, variants.get(0).contentType());
    }

    @Test
    void theLocationAPhoneWroteIntoAPhotoIsNotServed() throws IOException {
        byte[] photo = withExif(encoded(drawn(1200, 800, false), "jpeg"), "GPSLatitude 40.3356 N GPSLongitude 75.9269 W");
        assertTrue(contains(photo, "GPSLatitude"), "the test photo carries a location");

        for (ImageVariant variant : accepted(photo)) {
            assertFalse(contains(variant.bytes(), "GPSLatitude"));
            assertFalse(contains(variant.bytes(), "Exif"));
        }
    }

    @Test
    void aPhotoTakenUprightIsServedUprightThoughItsTurnWasInTheExifBlock() throws IOException {
        BufferedImage sensor = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sensor.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 100, 100);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(100, 0, 100, 100);
        graphics.dispose();
        // One IFD entry: orientation (0x0112), a SHORT, 6 = turn a quarter clockwise to show.
        String turnedClockwise = "\0\1" + "\u0001\u0012" + "\0\3" + "\0\0\0\1" + "\0\6\0\0" + "\0\0\0\0";

        ImageVariant served = accepted(withExif(encoded(sensor, "jpeg"), turnedClockwise)).get(0);

        assertEquals(List.of(100, 200), List.of(served.width(), served.height()));
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(served.bytes()));
        assertTrue(new Color(upright.getRGB(50, 20)).getRed() > 200, "the sensor's left side is now the top");
        assertTrue(new Color(upright.getRGB(50, 180)).getBlue() > 200, "and its right side the bottom");
    }

    @Test
    void eachSizeIsNamedByItsOwnBytesNotByTheUpload() {
        byte[] photo = encoded(drawn(2000, 1000, false), "jpeg");

        ImageCheck.Accepted accepted = assertInstanceOf(ImageCheck.Accepted.class, ImageVariants.of(photo));

        assertEquals(ImageVariants.sha256(photo), accepted.uploadHash());
        for (ImageVariant variant : accepted.variants()) {
            assertEquals(ImageVariants.sha256(variant.bytes()), variant.contentHash());
            assertFalse(variant.contentHash().equals(accepted.uploadHash()));
        }
    }

    @Test
    void textNamedLikeAPictureIsRefused() {
        ImageCheck check = ImageVariants.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));

        assertEquals(new ImageCheck.Refused(Reason.NOT_AN_IMAGE, 0), check);
    }

    @Test
    void aJpegThatBreaksOffIsRefused() throws IOException {
        byte[] photo = encoded(drawn(800, 600, false), "jpeg");

        assertEquals(Reason.NOT_AN_IMAGE, refused(Arrays.copyOf(photo, 40)).reason());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithTheLimit() {
        byte[] large = new byte[ImageVariants.MAX_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;

        assertEquals(new ImageCheck.Refused(Reason.TOO_LARGE, 8), ImageVariants.of(large));
    }

    @Test
    void aSmallFileThatWouldUnpackIntoGigabytesIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = withDeclaredSize(encoded(drawn(10, 10, true), "png"), 100_000, 100_000);

        assertEquals(new ImageCheck.Refused(Reason.TOO_MANY_PIXELS, 52), ImageVariants.of(bomb));
    }

    @Test
    void noFileIsRefusedAsEmpty() {
        assertEquals(Reason.EMPTY, refused(new byte[0]).reason());
    }

    private static List<ImageVariant> accepted(byte[] upload) {
        return assertInstanceOf(ImageCheck.Accepted.class, ImageVariants.of(upload)).variants();
    }

    private static ImageCheck.Refused refused(byte[] upload) {
        return assertInstanceOf(ImageCheck.Refused.class, ImageVariants.of(upload));
    }

    /** The PNG with its header claiming other dimensions, its checksum fixed so it still looks sound. */
    private static byte[] withDeclaredSize(byte[] png, int width, int height) {
        byte[] changed = png.clone();
        ByteBuffer header = ByteBuffer.wrap(changed);
        header.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(changed, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return changed;
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
