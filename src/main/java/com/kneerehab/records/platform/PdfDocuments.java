package com.kneerehab.records.platform;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders a page's XHTML (a Qute template on the {@code pdf} layout) into a tagged PDF on the server:
 * PDF/UA structure (headings, lists and tables in reading order, the language from {@code <html lang>}, the
 * title from {@code <title>}), with its one font embedded and the clinic's name, the patient's identifiers and
 * page numbers on every page (running header and footer from CSS paged media, marked as artifacts).
 *
 * <p>Nothing is fetched from outside: the style sheet and the font are read from the application's own
 * classpath (so the packaged jar needs no files beside it), and every other address in a document (an
 * exercise's picture, a link target) is refused by the access check, so rendering cannot be made to reach
 * another server.
 */
@ApplicationScoped
public class PdfDocuments {

    public static final String MEDIA_TYPE = "application/pdf";
    /** Addresses under this scheme are the application's own resources in {@code /pdf/} on the classpath. */
    static final String SCHEME = "pdfres";
    /** Liberation Sans (SIL Open Font License), shipped inside Apache PDFBox for its own use. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    public static final String FONT_FAMILY = "records-sans";

    /** The rendered PDF of a template instance whose layout is {@code pdf.html}. */
    public byte[] render(TemplateInstance page) {
        return render(page.render());
    }

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // one face for every weight and style: headings stand out by size, not by a second font file
        FSSupplier<InputStream> font = PdfDocuments::font;
        builder.useFont(font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(font, FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(font, FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
        builder.useFont(font, FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.ITALIC, true);
        builder.useProtocolsStreamImplementation(new ClasspathStreams(), SCHEME);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(SCHEME + ":"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(SCHEME + ":"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Knee Rehab Records");
        builder.withHtmlContent(xhtml, SCHEME + ":/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The answer to a download: the PDF as an attachment, never kept in a shared cache. */
    public static Response download(byte[] pdf, String fileName) {
        String safe = fileName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return Response.ok(pdf, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + safe + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static InputStream font() {
        return resource(FONT);
    }

    private static InputStream resource(String path) {
        InputStream in = PdfDocuments.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing on the classpath: " + path);
        }
        return in;
    }

    /** Opens {@code pdfres:/name} as the classpath resource {@code /pdf/name}, and nothing else. */
    static final class ClasspathStreams implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            String name = url.substring(SCHEME.length() + 1).replaceFirst("^/+", "");
            if (!name.matches("[a-z0-9-]+\\.css")) {
                throw new IllegalArgumentException("Not a document resource: " + url);
            }
            String path = "/pdf/" + name;
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return resource(path);
                }

                @Override
                public Reader getReader() {
                    return new InputStreamReader(resource(path), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
