package org.jpamigrations.plugin.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jpamigrations.graph.MigrationScript;
import org.jpamigrations.graph.RevisionGraph;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.Operations;
import org.junit.jupiter.api.Test;

class HistoryGraphTest {

  public static class M implements Migration {
    @Override
    public void up(Operations op) {}

    @Override
    public void down(Operations op) {}
  }

  private static MigrationScript script(String revision, String... parents) {
    return new MigrationScript(revision, List.of(parents), "", "", M.class);
  }

  private static List<String> draw(Set<String> current, MigrationScript... scripts) {
    return new HistoryCommand.HistoryGraph(RevisionGraph.allowingHeads(List.of(scripts)), current).lines();
  }

  @Test
  void aStraightHistoryIsOneColumn() {
    assertThat(draw(Set.of("2"), script("1"), script("2", "1"), script("3", "2"))).containsExactly(
        "* 1  (M)",
        "* 2 (current)  (M)",
        "* 3 (head)  (M)");
  }

  @Test
  void aLongerBranchStaysInItsLaneUntilTheMerge() {
    assertThat(draw(Set.of(), script("1"), script("2", "1"), script("3", "1"), script("4", "2"),
        script("5", "4", "3"))).containsExactly(
        "* 1  (M)",
        "|\\",
        "* | 2  (M)",
        "| * 3  (M)",
        "* | 4  (M)",
        "|/",
        "* 5 (head, merge of 4, 3)  (M)");
  }

  @Test
  void threeHeadsForkFromOneParent() {
    assertThat(draw(Set.of(), script("1"), script("2", "1"), script("3", "1"), script("4", "1"))).containsExactly(
        "* 1  (M)",
        "|\\",
        "|\\ \\",
        "* | | 2 (head)  (M)",
        "  * | 3 (head)  (M)",
        "    * 4 (head)  (M)");
  }
}
