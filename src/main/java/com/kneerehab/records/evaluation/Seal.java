package com.kneerehab.records.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * The text a signed evaluation is sealed over, written the way the database prints each value (so the
 * migration that sealed earlier evaluations can write it in SQL): numbers in decimal, yes/no as 1/0,
 * choices by name, dates ISO, instants as {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in UTC; each as the upper-case
 * hexadecimal of its UTF-8 bytes.
 */
final class Seal {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final StringJoiner parts = new StringJoiner("|");

    void add(String column, Object value) {
        if (value == null) {
            return;
        }
        String text;
        if (value instanceof Boolean b) {
            text = b ? "1" : "0";
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else if (value instanceof Instant instant) {
            text = INSTANT.format(instant);
        } else {
            text = value.toString();
        }
        parts.add(column + "=" + HEX.formatHex(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return parts.toString();
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
