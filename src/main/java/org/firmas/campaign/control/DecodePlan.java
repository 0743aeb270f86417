package org.firmas.campaign.control;

import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import org.firmas.campaign.entity.ImagePurpose;

/**
 * Which part of an upload to decode, and at every how many pixels, decided from its header alone.
 * A small file may declare 20,000 by 2,600 pixels at 16 bits a channel: 416 MB if decoded whole.
 * Every size Firmas serves is far smaller, so the reader skips pixels (source subsampling) until
 * what it decodes fits {@link #BUDGET_BYTES}, whatever the picture's size or depth; for the share
 * image it reads only the middle that {@link CoverCrop} keeps. The plan works on the picture as
 * stored, before any EXIF turn: a middle cut is the same whichever way the picture is turned.
 */
record DecodePlan(Rectangle region, int step, int bytesPerPixel) {

    /** The most bytes the decoded pixels of one upload may take. */
    static final long BUDGET_BYTES = 48L * 1024 * 1024;
    /** The most bytes a pixel can take (16 bits for each of four channels): assumed when the reader does not say. */
    private static final int WIDEST_PIXEL = 8;

    /** The plan for the reader's first picture, whose header has been read. */
    static DecodePlan of(ImageReader reader, ImagePurpose purpose, boolean sideways) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        Rectangle region = purpose == ImagePurpose.SHARE
                ? middle(width, height, sideways ? ImagePurpose.SHARE_HEIGHT : ImagePurpose.SHARE_WIDTH,
                        sideways ? ImagePurpose.SHARE_WIDTH : ImagePurpose.SHARE_HEIGHT)
                : new Rectangle(0, 0, width, height);
        int bytesPerPixel = bytesPerPixel(reader);
        return new DecodePlan(region, Math.max(detailStep(region, purpose), budgetStep(region, bytesPerPixel)), bytesPerPixel);
    }

    /** The reader's parameters that carry out the plan. */
    ImageReadParam param(ImageReader reader) {
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(region);
        param.setSourceSubsampling(step, step, 0, 0);
        return param;
    }

    int decodedWidth() {
        return sampled(region.width, step);
    }

    int decodedHeight() {
        return sampled(region.height, step);
    }

    long decodedBytes() {
        return (long) decodedWidth() * decodedHeight() * bytesPerPixel;
    }

    /** The largest part of the picture, around its middle, with the frame's shape. */
    private static Rectangle middle(int width, int height, int frameWidth, int frameHeight) {
        double scale = Math.max((double) frameWidth / width, (double) frameHeight / height);
        int keptWidth = (int) Math.max(1, Math.min(width, Math.round(frameWidth / scale)));
        int keptHeight = (int) Math.max(1, Math.min(height, Math.round(frameHeight / scale)));
        return new Rectangle((width - keptWidth) / 2, (height - keptHeight) / 2, keptWidth, keptHeight);
    }

    /**
     * Enough pixels that the served sizes lose no detail: for the header the longer side stays at
     * least twice the widest size, for the share image the kept middle twice the frame.
     */
    private static int detailStep(Rectangle region, ImagePurpose purpose) {
        long step = purpose == ImagePurpose.SHARE
                ? Math.min(region.width, region.height) / (2L * ImagePurpose.SHARE_HEIGHT)
                : Math.max(region.width, region.height) / (2L * ImageVariants.WIDTHS.get(ImageVariants.WIDTHS.size() - 1));
        return (int) Math.max(1, step);
    }

    /** The smallest step at which the decoded pixels fit the budget. */
    private static int budgetStep(Rectangle region, int bytesPerPixel) {
        long pixels = (long) region.width * region.height;
        int step = (int) Math.max(1, Math.floor(Math.sqrt((double) pixels * bytesPerPixel / BUDGET_BYTES)));
        while ((long) sampled(region.width, step) * sampled(region.height, step) * bytesPerPixel > BUDGET_BYTES) {
            step++;
        }
        return step;
    }

    private static int sampled(int length, int step) {
        return (length + step - 1) / step;
    }

    /** What a pixel takes in the buffer the reader decodes into: its first offered type, as {@code read} uses. */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        ImageTypeSpecifier type = types.hasNext() ? types.next() : reader.getRawImageType(0);
        if (type == null) {
            return WIDEST_PIXEL;
        }
        SampleModel samples = type.getSampleModel();
        int bits = samples.getNumDataElements() * DataBuffer.getDataTypeSize(samples.getTransferType());
        return Math.max(1, (bits + 7) / 8);
    }
}
