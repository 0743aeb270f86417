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
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.ImageVariant;
import org.junit.jupiter.api.Test;

class CoverCropTest {

    @Test
    void aTallPictureKeepsItsMiddleBandAndLosesTopAndBottom() {
        BufferedImage striped = stripes(1000, 3000, Color.RED, Color.GREEN, Color.BLUE);

        BufferedImage cropped = CoverCrop.of(striped, 1200, 630);

        assertEquals(List.of(1200, 630), List.of(cropped.getWidth(), cropped.getHeight()));
        assertEquals(Color.GREEN, dominant(cropped, 600, 5), "the top edge is from the middle band");
        assertEquals(Color.GREEN, dominant(cropped, 600, 625), "and so is the bottom edge");
    }

    @Test
    void aPanoramaKeepsItsMiddleAndLosesItsSides() {
        BufferedImage panorama = columns(6000, 1000, Color.RED, Color.GREEN, Color.BLUE);

        BufferedImage cropped = CoverCrop.of(panorama, 1200, 630);

        assertEquals(List.of(1200, 630), List.of(cropped.getWidth(), cropped.getHeight()));
        assertEquals(Color.GREEN, dominant(cropped, 5, 315));
        assertEquals(Color.GREEN, dominant(cropped, 1195, 315));
    }

    @Test
    void aSmallPictureIsEnlargedToTheFullSize() {
        BufferedImage cropped = CoverCrop.of(drawn(300, 200, false), 1200, 630);

        assertEquals(List.of(1200, 630), List.of(cropped.getWidth(), cropped.getHeight()));
    }

    @Test
    void aTransparentPngBecomesWhiteNotBlack() {
        BufferedImage clear = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_ARGB);

        assertEquals(Color.WHITE, new Color(CoverCrop.of(clear, 1200, 630).getRGB(600, 315)));
    }

    @Test
    void anUploadBecomesOneShareJpegOfTheSizePreviewsShowWithoutItsLocation() throws IOException {
        byte[] photo = withExif(encoded(drawn(1600, 1200, false), "jpeg"), "GPSLatitude 40.3356 N GPSLongitude 75.9269 W");

        List<ImageVariant> variants = assertInstanceOf(ImageCheck.Accepted.class, ImageVariants.of(photo, ImagePurpose.SHARE)).variants();

        assertEquals(1, variants.size());
        ImageVariant share = variants.get(0);
        assertEquals(List.of(ImagePurpose.SHARE_WIDTH, ImagePurpose.SHARE_HEIGHT), List.of(share.width(), share.height()));
        assertEquals(ImageVariant.JPEG, share.contentType());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(share.bytes()));
        assertEquals(List.of(1200, 630), List.of(served.getWidth(), served.getHeight()));
        assertFalse(new String(share.bytes(), StandardCharsets.ISO_8859_1).contains("GPSLatitude"));
    }

    @Test
    void aPngBecomesAJpegForPreviews() {
        List<ImageVariant> variants = assertInstanceOf(ImageCheck.Accepted.class,
                ImageVariants.of(encoded(drawn(800, 800, true), "png"), ImagePurpose.SHARE)).variants();

        assertEquals(ImageVariant.JPEG, variants.get(0).contentType());
    }

    @Test
    void aPhotoTurnedInItsExifBlockIsCroppedUpright() throws IOException {
        // The sensor saw the picture lying on its side: left half red, right half blue; shown upright, red is on top.
        BufferedImage sensor = columns(1400, 2400, Color.RED, Color.BLUE);
        String turnedClockwise = "\0\1" + "\u0001\u0012" + "\0\3" + "\0\0\0\1" + "\0\6\0\0" + "\0\0\0\0";

        ImageVariant share = ((ImageCheck.Accepted) ImageVariants.of(withExif(encoded(sensor, "jpeg"), turnedClockwise),
                ImagePurpose.SHARE)).variants().get(0);

        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(share.bytes()));
        assertTrue(new Color(upright.getRGB(600, 20)).getRed() > 200, "the sensor's left side is now the top");
        assertTrue(new Color(upright.getRGB(600, 610)).getBlue() > 200, "and its right side the bottom");
    }

    /** Horizontal bands of the colours, top to bottom. */
    private static BufferedImage stripes(int width, int height, Color... colours) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        for (int i = 0; i < colours.length; i++) {
            graphics.setColor(colours[i]);
            graphics.fillRect(0, i * height / colours.length, width, height / colours.length);
        }
        graphics.dispose();
        return image;
    }

    /** Vertical columns of the colours, left to right. */
    private static BufferedImage columns(int width, int height, Color... colours) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        for (int i = 0; i < colours.length; i++) {
            graphics.setColor(colours[i]);
            graphics.fillRect(i * width / colours.length, 0, width / colours.length, height);
        }
        graphics.dispose();
        return image;
    }

    /** Which of red, green and blue the pixel mostly is. */
    private static Color dominant(BufferedImage image, int x, int y) {
        Color pixel = new Color(image.getRGB(x, y));
        int max = Math.max(pixel.getRed(), Math.max(pixel.getGreen(), pixel.getBlue()));
        return max == pixel.getRed() ? Color.RED : max == pixel.getGreen() ? Color.GREEN : Color.BLUE;
    }
}
