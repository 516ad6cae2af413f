package org.groundtruth.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Pictures for evidence tests, made in memory: distinct per seed, alike after resizing (near-duplicates). */
public final class TestImages {
    private TestImages() {
    }

    /** Thirty coloured rectangles placed by the seed. */
    public static BufferedImage scene(long seed, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random r = new Random(seed);
        for (int i = 0; i < 30; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            g.fillRect(r.nextInt(w), r.nextInt(h), 10 + r.nextInt(w / 2), 10 + r.nextInt(h / 2));
        }
        g.dispose();
        return img;
    }

    /** The same picture at half its size. */
    public static BufferedImage half(BufferedImage src) {
        BufferedImage img = new BufferedImage(src.getWidth() / 2, src.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.drawImage(src, 0, 0, img.getWidth(), img.getHeight(), null);
        g.dispose();
        return img;
    }

    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
