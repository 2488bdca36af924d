package com.kneerehab.records.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import java.util.Locale;

/**
 * The answer's format: {@code _format} first (json, xml or their media types), else the Accept header (XML
 * only when it asks for XML and not JSON), else JSON. A browser's text/html gets JSON, as from most FHIR
 * servers. {@code _pretty=true} indents it.
 */
public record FhirFormat(boolean xml, boolean pretty) {

    public static final String JSON_TYPE = "application/fhir+json";
    public static final String XML_TYPE = "application/fhir+xml";

    public static FhirFormat of(String format, String accept, String pretty) {
        boolean indent = "true".equalsIgnoreCase(pretty);
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (f.equals("json") || f.equals("application/json") || f.equals(JSON_TYPE)) {
                return new FhirFormat(false, indent);
            }
            if (f.equals("xml") || f.equals("application/xml") || f.equals("text/xml") || f.equals(XML_TYPE)) {
                return new FhirFormat(true, indent);
            }
            throw new FhirError(406, OperationOutcome.IssueType.NOTSUPPORTED, FhirService.text().unsupportedFormat());
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return new FhirFormat(a.contains("xml") && !a.contains("json"), indent);
    }

    public String mediaType() {
        return (xml ? XML_TYPE : JSON_TYPE) + ";charset=UTF-8";
    }

    public String encode(FhirContext context, Resource resource) {
        IParser parser = xml ? context.newXmlParser() : context.newJsonParser();
        return parser.setPrettyPrint(pretty).encodeResourceToString(resource);
    }
}
