package org.firmas.campaign.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImageCheck.Reason;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.ImageVariant;

/**
 * Turns an uploaded JPEG or PNG into the sizes the public pages serve, once, at upload: the header
 * image's sizes, or the share image's one landscape JPEG (see {@link CoverCrop}). Each size is
 * drawn afresh from the decoded pixels and encoded without any of the upload's metadata: a phone's
 * photo carries where it was taken (EXIF GPS), which an organizer's photo must never publish. The
 * file's own header decides its type, never its name; its dimensions are read before its pixels, so
 * a small file that would unpack into gigabytes is refused, or decoded only in part (see {@link DecodePlan}).
 */
public final class ImageVariants {

    public static final int MAX_BYTES = ImageCheck.MAX_UPLOAD_BYTES;
    /** The most pixels an upload may declare (a 50-megapixel phone photo fits). */
    public static final long MAX_PIXELS = 52_000_000L;
    /** A phone's screen and a wide column; an image narrower than the wider is served at its own width too. */
    public static final List<Integer> WIDTHS = List.of(480, 960);

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final float JPEG_QUALITY = 0.82f;

    private ImageVariants() {
    }

    /** The header image's sizes of an upload. */
    public static ImageCheck of(byte[] upload) {
        return of(upload, ImagePurpose.HEADER);
    }

    public static ImageCheck of(byte[] upload, ImagePurpose purpose) {
        if (upload == null || upload.length == 0) {
            return new ImageCheck.Refused(Reason.EMPTY, 0);
        }
        if (upload.length > MAX_BYTES) {
            return new ImageCheck.Refused(Reason.TOO_LARGE, MAX_BYTES / (1024 * 1024));
        }
        String format = startsWith(upload, JPEG_START) ? "jpeg" : startsWith(upload, PNG_START) ? "png" : null;
        if (format == null) {
            return new ImageCheck.Refused(Reason.NOT_AN_IMAGE, 0);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    return new ImageCheck.Refused(Reason.TOO_MANY_PIXELS, MAX_PIXELS / 1_000_000);
                }
                int orientation = "jpeg".equals(format) ? ExifOrientation.of(upload) : 1;
                DecodePlan plan = DecodePlan.of(reader, purpose, ExifOrientation.sideways(orientation));
                BufferedImage decoded = reader.read(0, plan.param(reader));
                return new ImageCheck.Accepted(purpose == ImagePurpose.SHARE
                        ? List.of(shareImage(decoded, orientation))
                        : variants(decoded, orientation, "png".equals(format)), sha256(upload));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // A truncated file, a CMYK JPEG, a PNG that lies about itself: all are "not a picture we can show".
            return new ImageCheck.Refused(Reason.NOT_AN_IMAGE, 0);
        }
    }

    /**
     * Always a JPEG, whose every preview shows it: a transparent PNG's background becomes white. Cut
     * and scaled as stored, then turned upright, so the turn costs only a buffer of the served size.
     */
    private static ImageVariant shareImage(BufferedImage decoded, int orientation) throws IOException {
        boolean sideways = ExifOrientation.sideways(orientation);
        BufferedImage cropped = ExifOrientation.upright(CoverCrop.of(decoded,
                sideways ? ImagePurpose.SHARE_HEIGHT : ImagePurpose.SHARE_WIDTH,
                sideways ? ImagePurpose.SHARE_WIDTH : ImagePurpose.SHARE_HEIGHT), orientation);
        return served(cropped.getWidth(), cropped.getHeight(), ImageVariant.JPEG, jpeg(cropped));
    }

    /** Each width of the upright picture, scaled as stored and then turned, as the share image is. */
    private static List<ImageVariant> variants(BufferedImage decoded, int orientation, boolean png) throws IOException {
        boolean sideways = ExifOrientation.sideways(orientation);
        int uprightWidth = sideways ? decoded.getHeight() : decoded.getWidth();
        int uprightHeight = sideways ? decoded.getWidth() : decoded.getHeight();
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            widths.add(Math.min(width, uprightWidth));
        }
        List<ImageVariant> variants = new ArrayList<>();
        for (int width : widths.stream().distinct().toList()) {
            int height = Math.max(1, (int) Math.round((double) uprightHeight * width / uprightWidth));
            BufferedImage scaled = ExifOrientation.upright(
                    scaled(decoded, sideways ? height : width, sideways ? width : height, png), orientation);
            variants.add(served(width, height, png ? ImageVariant.PNG : ImageVariant.JPEG, png ? png(scaled) : jpeg(scaled)));
        }
        return List.copyOf(variants);
    }

    /** A size named by the hash of its own bytes, which tells nothing about the upload it came from. */
    private static ImageVariant served(int width, int height, String contentType, byte[] bytes) {
        return new ImageVariant(width, height, contentType, bytes, sha256(bytes));
    }

    /** Halves the image until one last smooth step reaches the size: one big bicubic step would alias. */
    static BufferedImage scaled(BufferedImage source, int width, int height, boolean keepAlpha) {
        BufferedImage current = source;
        int currentWidth = source.getWidth();
        int currentHeight = source.getHeight();
        do {
            currentWidth = Math.max(width, currentWidth / 2);
            currentHeight = Math.max(height, currentHeight / 2);
            BufferedImage next = new BufferedImage(currentWidth, currentHeight,
                    keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = next.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(current, 0, 0, currentWidth, currentHeight, null);
            graphics.dispose();
            current = next;
        } while (currentWidth != width || currentHeight != height);
        return current;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Whether the bytes begin as a JPEG or a PNG file does. */
    public static boolean isJpegOrPng(byte[] head) {
        return startsWith(head, JPEG_START) || startsWith(head, PNG_START);
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the bytes, in hex: of a served size, its address; of an upload, how an unchanged file is recognised. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
