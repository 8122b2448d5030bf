package org.jpamigrations.plugin.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jpamigrations.migration.MigrationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The {@code <properties>} of one persistence unit in {@code META-INF/persistence.xml}. */
final class PersistenceXml {

  private PersistenceXml() {}

  /**
   * @param unitName the unit to read; {@code null} for the first one
   * @return its properties; none when the file does not exist
   */
  static Map<String, String> read(Path file, String unitName) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return values;
    }
    List<Element> units = new ArrayList<>();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", "persistence-unit");
      for (int i = 0; i < nodes.getLength(); i++) {
        units.add((Element) nodes.item(i));
      }
    } catch (Exception e) {
      throw new MigrationException("Cannot read " + file + ": " + e.getMessage() + ". Fix the file.", e);
    }
    Element unit = units.stream()
        .filter(u -> unitName == null || unitName.isBlank() || unitName.equals(u.getAttribute("name")))
        .findFirst()
        .orElse(null);
    if (unit == null) {
      if (units.isEmpty()) {
        return values;
      }
      throw new MigrationException("There is no persistence unit " + unitName + " in " + file + ". Known units: "
          + String.join(", ", units.stream().map(u -> u.getAttribute("name")).toList())
          + ". Set migrations.persistenceUnit to one of them.");
    }
    NodeList properties = unit.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Node node = properties.item(i);
      if (node instanceof Element property && !property.getAttribute("name").isBlank()) {
        values.put(property.getAttribute("name").trim(), property.getAttribute("value").trim());
      }
    }
    return values;
  }
}
