package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.ImageVariant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small PNG that declares 20,000 by 2,600 pixels at 16 bits for each of four channels: 416 MB
 * decoded whole. It is a real picture (red rising from left to right), so its sizes can be checked.
 */
class DecodePlanTest {

    private static final int WIDTH = 20_000;
    private static final int HEIGHT = 2_600;
    private static byte[] wide;

    @BeforeAll
    static void drawWidePicture() throws IOException {
        wide = sixteenBitRedRamp(WIDTH, HEIGHT);
        assertTrue(wide.length < ImageVariants.MAX_BYTES, "the file itself is small: " + wide.length);
    }

    @Test
    void theHeaderIsDecodedAtEveryNthPixelWithinTheBudget() throws IOException {
        DecodePlan plan = planFor(ImagePurpose.HEADER);

        assertEquals(8, plan.bytesPerPixel(), "16 bits for each of red, green, blue and alpha");
        assertEquals(new Rectangle(0, 0, WIDTH, HEIGHT), plan.region());
        assertTrue(plan.decodedBytes() <= DecodePlan.BUDGET_BYTES, "decoded: " + plan.decodedBytes());
        assertTrue(plan.decodedWidth() >= 2 * 960, "still twice the widest size served: " + plan.decodedWidth());
    }

    @Test
    void theShareImageDecodesOnlyTheMiddleItKeepsWithinTheBudget() throws IOException {
        DecodePlan plan = planFor(ImagePurpose.SHARE);

        int kept = Math.round(HEIGHT * 1200f / 630);
        assertEquals(new Rectangle((WIDTH - kept) / 2, 0, kept, HEIGHT), plan.region());
        assertTrue(plan.decodedBytes() <= DecodePlan.BUDGET_BYTES, "decoded: " + plan.decodedBytes());
        assertTrue(plan.decodedHeight() >= 630, "never less than the share image: " + plan.decodedHeight());
    }

    @Test
    void theWidePictureBecomesItsHeaderSizesRedRisingFromLeftToRight() throws IOException {
        List<ImageVariant> sizes = assertInstanceOf(ImageCheck.Accepted.class, ImageVariants.of(wide, ImagePurpose.HEADER)).variants();

        assertEquals(List.of(480, 960), sizes.stream().map(ImageVariant::width).toList());
        assertEquals(List.of(62, 125), sizes.stream().map(ImageVariant::height).toList());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(sizes.get(1).bytes()));
        assertTrue(red(served, 2, 60) < 20, "dark at the left: " + red(served, 2, 60));
        assertTrue(red(served, 957, 60) > 235, "red at the right: " + red(served, 957, 60));
    }

    @Test
    void theWidePictureBecomesAShareImageOfItsMiddle() throws IOException {
        ImageVariant share = assertInstanceOf(ImageCheck.Accepted.class, ImageVariants.of(wide, ImagePurpose.SHARE)).variants().get(0);

        BufferedImage served = ImageIO.read(new ByteArrayInputStream(share.bytes()));
        assertEquals(List.of(1200, 630), List.of(served.getWidth(), served.getHeight()));
        // The middle 4,952 of 20,000 columns: red from about 38 % at its left edge to 62 % at its right.
        assertEquals(97, red(served, 3, 315), 8);
        assertEquals(158, red(served, 1196, 315), 8);
    }

    private static DecodePlan planFor(ImagePurpose purpose) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(wide))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(input, true, true);
                return DecodePlan.of(reader, purpose, false);
            } finally {
                reader.dispose();
            }
        }
    }

    private static int red(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y)).getRed();
    }

    /**
     * A 16-bit RGBA PNG written row by row, never held as pixels: the first row ramps red from 0
     * to full, every other row says "same as above" (filter Up, all zeros), which deflates to almost nothing.
     */
    private static byte[] sixteenBitRedRamp(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {16, 6, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());

        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream rows = new DeflaterOutputStream(compressed)) {
            byte[] first = new byte[1 + width * 8];
            for (int x = 0; x < width; x++) {
                int red = (int) ((long) x * 65535 / (width - 1));
                first[1 + x * 8] = (byte) (red >> 8);
                first[2 + x * 8] = (byte) red;
                first[7 + x * 8] = (byte) 0xFF;
                first[8 + x * 8] = (byte) 0xFF;
            }
            rows.write(first);
            byte[] sameAsAbove = new byte[1 + width * 8];
            sameAsAbove[0] = 2;
            for (int y = 1; y < height; y++) {
                rows.write(sameAsAbove);
            }
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
