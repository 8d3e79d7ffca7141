package org.sitrep.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.ingest.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the geoparsing corpora: GeoWebNews ({@code GWN.dev.xml}: {@code <toponym>} with {@code extractedName},
 * {@code type}, {@code start}, {@code end}, {@code geonamesID}, {@code latitude}, {@code longitude}) and LGL
 * ({@code lgl.xml}: {@code <toponym>} with {@code start}, {@code end}, {@code phrase} and a {@code gaztag}
 * carrying {@code geonameid}, {@code lat}, {@code lon}; LGL has no use types, every toponym is {@code Literal}).
 */
public final class GeoCorpus {

    /** The corpus formats. */
    public enum Format {
        GWN, LGL;

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException("unknown corpus '" + name + "' (expected gwn or lgl)");
            }
        }
    }

    private GeoCorpus() {
    }

    public static List<GoldArticle> read(Path file, Format format) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, format, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public static List<GoldArticle> read(InputStream in, Format format, String name) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            doc = b.parse(in);
        } catch (SAXException e) {
            throw new InputException(name + ": malformed XML (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        List<GoldArticle> out = new ArrayList<>();
        NodeList articles = doc.getDocumentElement().getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String text = childText(a, "text");
            if (text == null) {
                throw new InputException(name + ": article " + i + " has no <text>");
            }
            List<GoldToponym> tops = new ArrayList<>();
            NodeList ts = a.getElementsByTagName("toponym");
            for (int j = 0; j < ts.getLength(); j++) {
                Element t = (Element) ts.item(j);
                try {
                    tops.add(format == Format.GWN ? gwn(t) : lgl(t));
                } catch (NumberFormatException e) {
                    throw new InputException(name + ": article " + i + ", toponym " + j + ": bad number ("
                            + e.getMessage() + ")");
                }
            }
            out.add(new GoldArticle(i, childText(a, "title"), text, tops));
        }
        if (out.isEmpty()) {
            throw new InputException(name + ": no <article> found; is this a " + format.name().toLowerCase(Locale.ROOT)
                    + " corpus?");
        }
        return out;
    }

    private static GoldToponym gwn(Element t) {
        int start = Integer.parseInt(childText(t, "start").strip());
        int end = Integer.parseInt(childText(t, "end").strip());
        return new GoldToponym(start, end, childText(t, "extractedName"), nz(childText(t, "type"), "Literal"),
                longOrNull(childText(t, "geonamesID")), doubleOrNull(childText(t, "latitude")),
                doubleOrNull(childText(t, "longitude")));
    }

    private static GoldToponym lgl(Element t) {
        int start = Integer.parseInt(childText(t, "start").strip());
        int end = Integer.parseInt(childText(t, "end").strip());
        Element gaz = child(t, "gaztag");
        Long id = null;
        Double lat = null;
        Double lon = null;
        if (gaz != null) {
            id = longOrNull(gaz.getAttribute("geonameid"));
            lat = doubleOrNull(childText(gaz, "lat"));
            lon = doubleOrNull(childText(gaz, "lon"));
        }
        return new GoldToponym(start, end, childText(t, "phrase"), "Literal", id, lat, lon);
    }

    private static String nz(String s, String dflt) {
        return s == null || s.isBlank() ? dflt : s.strip();
    }

    private static Long longOrNull(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
    }

    private static Double doubleOrNull(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent();
    }
}
