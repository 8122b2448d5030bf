package org.jpamigrations.plugin.diagram;

import java.util.List;
import java.util.Map;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;

/**
 * The migrations as one self-contained HTML page: the schema at the head and at each revision chosen on the page,
 * the revision graph, and for each migration the picture of its change and the steps that can lose data. Every
 * picture is inline SVG and the style and the one script are in the page, so it opens from a CI artifact or an
 * e-mail with no network and no other file.
 */
public final class HtmlReport {

  /** Revisions whose schema the page can show besides the head: the latest ones, so that the page stays light. */
  static final int CHOOSABLE = 30;

  private final SvgRenderer svg = new SvgRenderer();
  private final ElkLayout layout = new ElkLayout();

  public String render(String projectName, RevisionGraph graph) {
    return render(projectName, graph, Map.of(), null);
  }

  /**
   * @param states where a database stands on each revision, for the revision graph; empty without a database
   * @param database the database they were read from, for the page; {@code null} without one
   */
  public String render(String projectName, RevisionGraph graph, Map<String, RevisionGraphSvg.State> states,
      String database) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(SvgRenderer.xml(projectName)).append(": schema migrations</title>\n")
        .append("<style>\n")
        .append("body { font-family: sans-serif; margin: 2em; color: #263238; }\n")
        .append("figure { margin: 0; overflow: auto; border: 1px solid #cfd8dc; }\n")
        .append("section { margin-top: 2em; }\n")
        .append(".destructive { color: #c62828; }\n")
        .append("nav li { font-family: monospace; }\n")
        .append("figure.schema[hidden] { display: none; }\n")
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(SvgRenderer.xml(projectName)).append(": schema migrations</h1>\n");
    List<MigrationScript> scripts = graph.ordered();
    if (scripts.isEmpty()) {
      html.append("<p>No migrations yet.</p>\n");
      return html.append("</body>\n</html>\n").toString();
    }
    html.append("<nav><ul>\n<li><a href=\"#schema\">Schema at head</a></li>\n")
        .append("<li><a href=\"#history\">Revision graph</a></li>\n");
    for (MigrationScript script : scripts) {
      html.append("<li><a href=\"#migration-").append(SvgRenderer.xml(script.revision())).append("\">")
          .append(SvgRenderer.xml(script.revision() + "  " + script.message())).append("</a></li>\n");
    }
    html.append("</ul></nav>\n");

    html.append("<section id=\"schema\">\n<h2>Schema</h2>\n");
    schemas(html, graph);
    html.append("</section>\n");
    html.append("<section id=\"history\">\n<h2>Revision graph</h2>\n")
        .append(database == null ? "" : "<p>On " + SvgRenderer.xml(database) + ": applied in green, pending dashed,"
            + " failed in red.</p>\n")
        .append("<figure>\n").append(new RevisionGraphSvg().render(graph, states)).append("</figure>\n</section>\n");
    for (MigrationScript script : scripts) {
      Diagram change = Diagrams.ofMigration(graph, script.revision());
      html.append("<section id=\"migration-").append(SvgRenderer.xml(script.revision())).append("\">\n<h2>")
          .append(SvgRenderer.xml(script.label())).append("</h2>\n");
      if (!script.parents().isEmpty()) {
        html.append("<p>After ").append(SvgRenderer.xml(String.join(" and ", script.parents()))).append(".</p>\n");
      }
      if (!change.destructiveSteps().isEmpty()) {
        html.append("<ul class=\"destructive\">\n");
        change.destructiveSteps().forEach(step -> html.append("<li>DESTRUCTIVE: ").append(SvgRenderer.xml(step))
            .append("</li>\n"));
        html.append("</ul>\n");
      }
      Diagram part = change.changedPart();
      if (part.tables().isEmpty()) {
        html.append("<p>No change to tables, columns or foreign keys.</p>\n");
      } else {
        html.append("<figure>\n").append(picture(part, "migration-" + script.revision() + "-")).append("</figure>\n");
      }
      html.append("</section>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /**
   * The schema at the head, and at each of the latest revisions behind a chooser: one figure each, the head's shown,
   * the chosen one shown by the page's only script.
   */
  private void schemas(StringBuilder html, RevisionGraph graph) {
    List<MigrationScript> scripts = graph.ordered();
    List<MigrationScript> choosable = scripts.subList(Math.max(0, scripts.size() - CHOOSABLE), scripts.size() - 1);
    html.append("<p><label>Revision <select id=\"revision\">\n<option value=\"head\" selected>head (")
        .append(SvgRenderer.xml(graph.resolve(RevisionGraph.HEAD))).append(")</option>\n");
    for (int i = choosable.size() - 1; i >= 0; i--) {
      String revision = SvgRenderer.xml(choosable.get(i).revision());
      html.append("<option value=\"").append(revision).append("\">").append(revision).append("  ")
          .append(SvgRenderer.xml(choosable.get(i).message())).append("</option>\n");
    }
    html.append("</select></label>")
        .append(scripts.size() - 1 > choosable.size() ? " (the latest " + CHOOSABLE + " revisions)" : "")
        .append("</p>\n");
    html.append("<figure class=\"schema\" data-revision=\"head\">\n")
        .append(picture(Diagrams.atRevision(graph, RevisionGraph.HEAD), "schema-")).append("</figure>\n");
    for (MigrationScript script : choosable) {
      html.append("<figure class=\"schema\" data-revision=\"").append(SvgRenderer.xml(script.revision()))
          .append("\" hidden>\n")
          .append(picture(Diagrams.atRevision(graph, script.revision()), "schema-" + script.revision() + "-"))
          .append("</figure>\n");
    }
    // A link to index.html#revision=<id> opens the page at that revision.
    html.append("<script>\n")
        .append("var chooser = document.getElementById('revision');\n")
        .append("function show(revision) {\n")
        .append("  document.querySelectorAll('figure.schema').forEach(function (figure) {\n")
        .append("    figure.hidden = figure.dataset.revision !== revision;\n")
        .append("  });\n")
        .append("}\n")
        .append("chooser.addEventListener('change', function () { show(chooser.value); });\n")
        .append("var linked = /^#revision=(.+)$/.exec(location.hash);\n")
        .append("if (linked && document.querySelector('option[value=\"' + linked[1] + '\"]')) {\n")
        .append("  chooser.value = linked[1];\n")
        .append("  show(linked[1]);\n")
        .append("}\n")
        .append("</script>\n");
  }

  private String picture(Diagram diagram, String idPrefix) {
    return svg.render(layout.layout(diagram), idPrefix);
  }
}
