package com.kneerehab.records.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads a downloaded PDF as a reader or a screen reader would: its text, page by page, and its tagging. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, first page first. */
    public static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tagged for accessibility: a structure tree, marked content, the language and title declared (the title
     * shown instead of the file name), and every font embedded.
     */
    public static void assertAccessible(byte[] pdf, String language, String titleContains) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertTrue(catalog.getStructureTreeRoot().getKids().size() > 0, "structure tree has elements");
            assertNotNull(catalog.getMarkInfo(), "MarkInfo");
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            assertEquals(language, catalog.getLanguage(), "document language");
            String title = doc.getDocumentInformation().getTitle();
            assertNotNull(title, "document title");
            assertTrue(title.contains(titleContains), "title " + title);
            assertNotNull(catalog.getViewerPreferences(), "viewer preferences");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title is shown, not the file name");
            assertNotNull(catalog.getMetadata(), "XMP metadata (PDF/UA identification)");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font " + font.getName() + " embedded");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page as a PNG in target/screenshots, for people to look at. */
    public static Path screenshot(byte[] pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110, ImageType.RGB);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
