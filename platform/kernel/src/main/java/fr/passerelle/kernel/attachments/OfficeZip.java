package fr.passerelle.kernel.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the inside of an office file says about itself: OpenDocument names its type in a {@code mimetype} entry,
 * Office Open XML in {@code [Content_Types].xml} (the content type of each part, among them the main one).
 * Small parts are read with a cap; XML is parsed without DTDs, so no entity can expand or reach outside.
 */
final class OfficeZip {

    static final String ODF_MIMETYPE = "mimetype";
    static final String OOXML_CONTENT_TYPES = "[Content_Types].xml";
    private static final int SMALL_PART_BYTES = 1024 * 1024;

    private final ZipFile zip;
    private final ArchiveLimits limits;
    private final Map<String, ZipEntry> byLowerCaseName = new LinkedHashMap<>();

    OfficeZip(ZipFile zip, ArchiveLimits limits) {
        this.zip = zip;
        this.limits = limits;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            byLowerCaseName.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
    }

    /** An entry by name; OPC part names are case-insensitive, and a leading "/" is the package root. */
    Optional<ZipEntry> entry(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return Optional.ofNullable(byLowerCaseName.get(n.toLowerCase(Locale.ROOT)));
    }

    boolean has(String name) {
        return entry(name).isPresent();
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        byLowerCaseName.values().forEach(e -> names.add(e.getName()));
        return names;
    }

    InputStream open(ZipEntry entry) throws IOException {
        return limits.open(zip, entry);
    }

    /** A small entry as text (the ODF mimetype, a manifest), or empty when absent or over 1 Mio. */
    Optional<String> smallText(String name) throws IOException {
        Optional<ZipEntry> entry = entry(name);
        if (entry.isEmpty() || entry.get().getSize() > SMALL_PART_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = open(entry.get())) {
            return Optional.of(new String(in.readNBytes(SMALL_PART_BYTES), StandardCharsets.UTF_8));
        }
    }

    /** Part name (with its leading "/") to content type, from the Override elements of [Content_Types].xml. */
    Map<String, String> contentTypes() throws IOException {
        Map<String, String> types = new LinkedHashMap<>();
        Optional<ZipEntry> entry = entry(OOXML_CONTENT_TYPES);
        if (entry.isEmpty() || entry.get().getSize() > SMALL_PART_BYTES) {
            return types;
        }
        try (InputStream in = open(entry.get())) {
            XMLStreamReader xml = xml().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Override")) {
                    String part = xml.getAttributeValue(null, "PartName");
                    String type = xml.getAttributeValue(null, "ContentType");
                    if (part != null && type != null) {
                        types.put(part.startsWith("/") ? part : "/" + part, type.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("invalid [Content_Types].xml", e);
        }
        return types;
    }

    /** The parts of one content type, in the order the package lists them. */
    List<String> partsOfType(Map<String, String> contentTypes, String type) {
        List<String> parts = new ArrayList<>();
        contentTypes.forEach((part, t) -> {
            if (t.equals(type) && has(part)) {
                parts.add(part);
            }
        });
        return parts;
    }

    /** The JDK's own StAX parser (not whatever the server provides), with DTDs and external entities off. */
    static XMLInputFactory xml() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
