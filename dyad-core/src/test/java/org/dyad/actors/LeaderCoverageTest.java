package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.codebook.TsvFile;
import org.junit.jupiter.api.Test;

/**
 * The coding-depth issue asks for the heads of state and government, foreign and defence ministers of the 60
 * most-covered countries from 1990 to today, each with dated terms. This reads the shipped leaders.tsv and the
 * country list in leader-coverage.tsv and finds every sampled day on which one of those offices has no term.
 */
class LeaderCoverageTest {
  /** Data was compiled in 2025: days after this one are not asked for. */
  private static final LocalDate LAST_SAMPLE = LocalDate.of(2025, 7, 1);

  private record Office(String country, String office, LocalDate from, LocalDate to) {}

  /** A vacancy, or (unknown) a period whose holder the compilers searched for and could not establish. */
  private record Gap(String office, LocalDate from, LocalDate to, boolean unknown) {}

  /** Unknown holders may excuse at most this share of the sampled days; everything else must be held. */
  private static final double MAX_UNKNOWN_SHARE = 0.005;

  @Test
  void everyOfficeOfEveryListedCountryHasATermOnEverySampledDay() {
    List<Office> terms = new ArrayList<>();
    for (TsvFile.Row r : TsvFile.open("actors/leaders.tsv", null, 4, 5).rows()) {
      if (r.cols().size() < 5) continue;
      LocalDate from = LocalDate.parse(r.col(2));
      LocalDate to = r.col(3).equals("-") ? null : LocalDate.parse(r.col(3));
      for (String office : TsvFile.list(r.col(4))) terms.add(new Office(r.col(0).substring(0, 3), office, from, to));
    }

    TsvFile countries = TsvFile.open("actors/leader-coverage.tsv", null, 3, 4);
    assertTrue(countries.rows().size() >= 60, "the issue asks for at least 60 countries");
    Map<String, List<String>> missing = new TreeMap<>();
    int asked = 0;
    int unknownDays = 0;
    for (TsvFile.Row r : countries.rows()) {
      String country = r.col(0);
      LocalDate since = LocalDate.parse(r.col(1));
      List<Gap> gaps = new ArrayList<>();
      for (String g : TsvFile.list(r.col(2))) {
        boolean unknown = g.startsWith("?");
        String[] officeAndDays = g.substring(unknown ? 1 : 0).split(":", 2);
        String[] days = officeAndDays[1].split("\\.\\.");
        assertTrue(ActorDictionary.OFFICES.contains(officeAndDays[0]), "leader-coverage.tsv:" + r.line() + ": office " + officeAndDays[0]);
        gaps.add(new Gap(officeAndDays[0], LocalDate.parse(days[0]), LocalDate.parse(days[1]), unknown));
      }
      for (String office : ActorDictionary.OFFICES) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(1990, 1, 1); !d.isAfter(LAST_SAMPLE); d = d.plusMonths(6)) {
          LocalDate day = d;
          if (day.isBefore(since)) continue;
          Gap gap = gaps.stream().filter(g -> g.office().equals(office) && !day.isBefore(g.from()) && !day.isAfter(g.to())).findFirst().orElse(null);
          if (gap != null && !gap.unknown()) continue;
          asked++;
          if (gap != null) {
            unknownDays++;
            continue;
          }
          boolean held = terms.stream().anyMatch(t -> t.country().equals(country) && t.office().equals(office)
              && !day.isBefore(t.from()) && (t.to() == null || !day.isAfter(t.to())));
          if (!held) days.add(day.toString());
        }
        if (!days.isEmpty()) missing.computeIfAbsent(country, k -> new ArrayList<>()).add(office + " " + days.size() + "× (first " + days.get(0) + ", last " + days.get(days.size() - 1) + ")");
      }
    }
    assertTrue(asked > 60 * 4 * 60, "sampled days asked: " + asked);
    assertTrue(unknownDays <= MAX_UNKNOWN_SHARE * asked, unknownDays + " of " + asked + " sampled days have no established holder");
    StringBuilder report = new StringBuilder();
    missing.forEach((c, l) -> report.append('\n').append(c).append(": ").append(String.join("; ", l)));
    System.out.println("leader coverage: " + asked + " sampled office-days, " + unknownDays + " with no established holder");
    assertTrue(missing.isEmpty(), missing.size() + " countries lack terms:" + report);
  }
}
