package org.chaosbench.runs.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG writer for opaque RGB chart images (8-bit truecolour, no interlace, no
 * ancillary chunks, so no timestamp). ImageIO's PNG writer took 35-55 ms per 900x290 chart
 * here, several times the cost of drawing it, which a site of 1,000 run pages cannot afford;
 * this one takes a few. Every row uses the "Sub" filter, which suits the flat areas and
 * horizontal edges of charts, and the output is the same bytes for the same pixels.
 *
 * <p>Deflate level 3: on a board heatmap of 250 runs (1074x6274 pixels) it compresses in
 * half the time of the default level 6 for files 10% larger; the compression was most of the
 * cost of a board's PNG, which a rebuild after adding one run pays for two board charts.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LEVEL = 3;

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an opaque TYPE_INT_RGB image is expected, got type " + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        // Rows are filtered and compressed one at a time: the filtered image is never held whole
        // (it is three bytes a pixel, 20 MB for the heatmap of a 250-run board).
        byte[] row = new byte[1 + 3 * w];
        byte[] buffer = new byte[Math.max(1024, row.length)];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(w * h / 8 + 64);
        Deflater deflater = new Deflater(LEVEL);
        try {
            for (int y = 0; y < h; y++) {
                row[0] = 1; // filter type Sub: each byte minus the same channel of the pixel to its left
                int prevR = 0;
                int prevG = 0;
                int prevB = 0;
                for (int x = 0, p = y * w, o = 1; x < w; x++, p++, o += 3) {
                    int rgb = pixels[p];
                    int r = (rgb >>> 16) & 0xff;
                    int g = (rgb >>> 8) & 0xff;
                    int b = rgb & 0xff;
                    row[o] = (byte) (r - prevR);
                    row[o + 1] = (byte) (g - prevG);
                    row[o + 2] = (byte) (b - prevB);
                    prevR = r;
                    prevG = g;
                    prevB = b;
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        byte[] data = compressed.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 128);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: truecolour
        chunk(out, "IHDR", header, header.length);
        chunk(out, "IDAT", data, data.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] len = new byte[4];
        putInt(len, 0, length);
        out.writeBytes(len);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
