package com.kneerehab.records.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * Adherence (sessions done against sessions prescribed, week by week) and the pain trend, for the
 * patient's portal and the clinician's chart alike.
 */
public record Progress(List<Week> weeks, List<PainPoint> pain) {

    public record Week(LocalDate start, int done, int prescribed) {
        public int percent() {
            return prescribed == 0 ? 0 : Math.min(100, Math.round(100f * done / prescribed));
        }
    }

    public record PainPoint(LocalDate date, int before, int after) {
    }

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    static final int PAD = 24;

    public boolean isEmpty() {
        return pain.isEmpty();
    }

    /** SVG polyline points for the pain-after line: x across the sessions in order, y for 0–10. */
    public String afterLine() {
        return line(true);
    }

    public String beforeLine() {
        return line(false);
    }

    private String line(boolean after) {
        StringBuilder points = new StringBuilder();
        int n = pain.size();
        for (int i = 0; i < n; i++) {
            PainPoint p = pain.get(i);
            int x = n == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
            int score = after ? p.after() : p.before();
            int y = HEIGHT - PAD - score * (HEIGHT - 2 * PAD) / 10;
            points.append(x).append(',').append(y).append(' ');
        }
        return points.toString().strip();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
