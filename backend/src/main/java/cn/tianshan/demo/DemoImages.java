package cn.tianshan.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures for the demo's 图片新闻: a sky, the Tianshan range with snow, a road — drawn, so no file ships with it. */
final class DemoImages {

    private static final Color[][] SKIES = {
        {new Color(0x5b8fd6), new Color(0xd9e8f7)},
        {new Color(0xe9a45c), new Color(0xf7e3c4)},
        {new Color(0x3f6fa8), new Color(0xbcd3ec)},
    };

    private DemoImages() {
    }

    /** A guest's drawn portrait for the demo: a head-and-shoulders silhouette on a plain backdrop. */
    static byte[] portrait(int variant) {
        int width = 240;
        int height = 300;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color[] backdrop = SKIES[Math.floorMod(variant, SKIES.length)];
        g.setPaint(new GradientPaint(0, 0, backdrop[1], 0, height, backdrop[0]));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2f3b4c));
        g.fillOval(40, 200, 160, 180);
        g.setColor(new Color(0xe8c9a8));
        g.fillOval(78, 70, 84, 104);
        g.setColor(new Color(0x2a2a2a));
        g.fillArc(74, 60, 92, 60, 0, 180);
        g.dispose();
        return png(image);
    }

    static byte[] landscape(int variant) {
        int width = 640;
        int height = 360;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color[] sky = SKIES[Math.floorMod(variant, SKIES.length)];
        g.setPaint(new GradientPaint(0, 0, sky[0], 0, height * 0.6f, sky[1]));
        g.fillRect(0, 0, width, height);
        int shift = variant * 70;
        g.setColor(new Color(0x6d7b8c));
        g.fillPolygon(new Polygon(new int[] {0, 120 + shift, 230 + shift, 360 + shift, 470, 640, 640, 0},
                new int[] {250, 120, 190, 90, 170, 130, 260, 260}, 8));
        g.setColor(Color.WHITE);
        g.fillPolygon(new Polygon(new int[] {90 + shift, 120 + shift, 150 + shift}, new int[] {155, 120, 155}, 3));
        g.fillPolygon(new Polygon(new int[] {320 + shift, 360 + shift, 400 + shift}, new int[] {135, 90, 135}, 3));
        g.setColor(new Color(0x7a9a5a));
        g.fillRect(0, 250, width, height - 250);
        g.setColor(new Color(0x4a4d52));
        g.fillPolygon(new Polygon(new int[] {270, 370, 520, 120}, new int[] {250, 250, height, height}, 4));
        g.setColor(new Color(0xf2d24b));
        for (int y = 262; y < height; y += 26) {
            int half = 2 + (y - 250) / 40;
            g.fillRect(320 - half + (y - 250) / 8, y, half * 2, 12);
        }
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
