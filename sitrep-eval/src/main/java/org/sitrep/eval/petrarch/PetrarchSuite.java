package org.sitrep.eval.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.ingest.InputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The validation suite's XML: its {@code <Environment>} (which dictionary files it codes with) and
 * its {@code <Sentence>} records, each with the {@code <Config>} options in force where it stands
 * (the options are sticky: each applies to every record after it).
 */
public record PetrarchSuite(Map<String, String> environment, List<PetrarchRecord> records) {

    public static PetrarchSuite read(Path file) {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            doc = f.newDocumentBuilder().parse(in);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (SAXException e) {
            throw new InputException(file + ": malformed XML (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> env = new LinkedHashMap<>();
        NodeList envs = doc.getElementsByTagName("Environment");
        if (envs.getLength() > 0) {
            for (Node n = envs.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !e.getTagName().equals("Config")) {
                    env.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        List<PetrarchRecord> records = new ArrayList<>();
        Map<String, String> config = new LinkedHashMap<>();
        walk(doc.getDocumentElement(), config, records, file);
        if (records.isEmpty()) {
            throw new InputException(file + ": holds no <Sentence> records");
        }
        return new PetrarchSuite(env, records);
    }

    private static void walk(Element el, Map<String, String> config, List<PetrarchRecord> out, Path file) {
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "Environment" -> {
                }
                case "Config" -> {
                    String option = e.getAttribute("option");
                    if (!option.isEmpty()) {
                        config.put(option.strip(), e.getAttribute("value").strip());
                    }
                }
                case "Sentence" -> out.add(record(e, config, file));
                default -> walk(e, config, out, file);
            }
        }
    }

    private static PetrarchRecord record(Element s, Map<String, String> config, Path file) {
        String id = s.getAttribute("id").strip();
        LocalDate date;
        try {
            date = LocalDate.parse(s.getAttribute("date").strip(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InputException(file + ": record " + id + " has a bad date '" + s.getAttribute("date") + "'");
        }
        NodeList texts = s.getElementsByTagName("Text");
        if (texts.getLength() == 0) {
            throw new InputException(file + ": record " + id + " has no <Text>");
        }
        String text = texts.item(0).getTextContent().strip().replaceAll("\\s*\\n\\s*", " ");
        List<PetrarchRecord.Triple> expected = new ArrayList<>();
        String error = null;
        NodeList codings = s.getElementsByTagName("EventCoding");
        for (int i = 0; i < codings.getLength(); i++) {
            Element c = (Element) codings.item(i);
            if (!c.getAttribute("error").isEmpty()) {
                error = c.getAttribute("error").strip();
            } else if (c.getAttribute("noevents").strip().equalsIgnoreCase("true")) {
                // expects nothing
            } else {
                expected.add(new PetrarchRecord.Triple(code(c.getAttribute("sourcecode")),
                        code(c.getAttribute("targetcode")), c.getAttribute("eventcode").strip()));
            }
        }
        return new PetrarchRecord(id, s.getAttribute("category").strip(), date, text, expected, error, config);
    }

    private static String code(String raw) {
        String c = raw.strip();
        return c.isEmpty() ? "---" : c.toUpperCase(Locale.ROOT);
    }
}
