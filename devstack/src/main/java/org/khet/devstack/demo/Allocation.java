package org.khet.devstack.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Integer allocation helpers for the demo generator: splitting a total into parts that sum to it exactly,
 * and filling a matrix whose row and column sums are both given.
 */
final class Allocation {
    private Allocation() {
    }

    /** Splits {@code total} in proportion to {@code weights} (largest remainder); the parts sum to total. */
    static int[] proportional(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        if (total == 0 || sum == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("cannot split " + total + " over zero weights");
            }
            return out;
        }
        double[] frac = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            frac[i] = exact - out[i];
            given += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -frac[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % order.size()) {
            out[order.get(k)]++;
            given++;
        }
        return out;
    }

    /**
     * A non-negative integer matrix with the given row and column sums, zero where {@code allowed} is false:
     * iterative proportional fitting, then rounding down and handing out the remainders to the allowed cells
     * with the largest fractional parts.
     */
    static int[][] matrix(int[] rowSums, int[] colSums, boolean[][] allowed) {
        int rows = rowSums.length;
        int cols = colSums.length;
        double[][] x = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                x[r][c] = allowed[r][c] ? 1.0 : 0.0;
            }
        }
        for (int it = 0; it < 500; it++) {
            for (int r = 0; r < rows; r++) {
                double s = 0;
                for (int c = 0; c < cols; c++) {
                    s += x[r][c];
                }
                if (s > 0) {
                    for (int c = 0; c < cols; c++) {
                        x[r][c] *= rowSums[r] / s;
                    }
                }
            }
            for (int c = 0; c < cols; c++) {
                double s = 0;
                for (int r = 0; r < rows; r++) {
                    s += x[r][c];
                }
                if (s > 0) {
                    for (int r = 0; r < rows; r++) {
                        x[r][c] *= colSums[c] / s;
                    }
                }
            }
        }
        int[][] out = new int[rows][cols];
        int[] rowLeft = rowSums.clone();
        int[] colLeft = colSums.clone();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = (int) Math.floor(x[r][c]);
                rowLeft[r] -= out[r][c];
                colLeft[c] -= out[r][c];
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            int bestR = -1;
            int bestC = -1;
            double best = -1;
            for (int r = 0; r < rows; r++) {
                if (rowLeft[r] <= 0) {
                    continue;
                }
                for (int c = 0; c < cols; c++) {
                    if (allowed[r][c] && colLeft[c] > 0) {
                        double f = x[r][c] - out[r][c];
                        if (f > best) {
                            best = f;
                            bestR = r;
                            bestC = c;
                        }
                    }
                }
            }
            if (bestR >= 0) {
                out[bestR][bestC]++;
                rowLeft[bestR]--;
                colLeft[bestC]--;
                progress = true;
            }
        }
        for (int r = 0; r < rows; r++) {
            if (rowLeft[r] != 0) {
                throw new IllegalStateException("row " + r + " cannot be completed (" + rowLeft[r] + " left)");
            }
        }
        for (int c = 0; c < cols; c++) {
            if (colLeft[c] != 0) {
                throw new IllegalStateException("column " + c + " cannot be completed (" + colLeft[c] + " left)");
            }
        }
        return out;
    }
}
