package org.firmas.campaign.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Fills a frame of a fixed size with a picture, as CSS {@code object-fit: cover} does: scaled until
 * it covers the frame, its middle kept and what overhangs the frame's sides cut off. A link preview
 * crops a picture of another shape by itself, each app differently; cropped once here, every
 * preview shows the same picture. A smaller picture is enlarged, since a preview wants the full size.
 */
final class CoverCrop {

    private CoverCrop() {
    }

    /** The picture, cropped and scaled to exactly {@code width} by {@code height}, opaque on white. */
    static BufferedImage of(BufferedImage picture, int width, int height) {
        double scale = Math.max((double) width / picture.getWidth(), (double) height / picture.getHeight());
        int keptWidth = Math.max(1, Math.min(picture.getWidth(), (int) Math.round(width / scale)));
        int keptHeight = Math.max(1, Math.min(picture.getHeight(), (int) Math.round(height / scale)));
        BufferedImage middle = new BufferedImage(keptWidth, keptHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = middle.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, keptWidth, keptHeight);
        int left = (picture.getWidth() - keptWidth) / 2;
        int top = (picture.getHeight() - keptHeight) / 2;
        graphics.drawImage(picture, 0, 0, keptWidth, keptHeight, left, top, left + keptWidth, top + keptHeight, null);
        graphics.dispose();
        return ImageVariants.scaled(middle, width, height, false);
    }
}
