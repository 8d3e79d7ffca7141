package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.sitrep.output.CodeTables;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** What to select events by, shared by {@code events} and {@code export}. */
final class QueryOptions {

    @Option(names = "--actor", paramLabel = "ACTOR", description = "An actor id (HTS, SYR_MIL) or a name it was given, as source or target.")
    String actor;

    @Option(names = "--place", paramLabel = "PLACE", description = "A GeoNames id (170017) or a place name (Hama).")
    String place;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = {"A bounding box: west longitude, south latitude, east longitude,",
        "north latitude (west greater than east crosses the antimeridian: 170,-20,-170,0)."})
    String bbox;

    @Option(names = "--cameo", paramLabel = "CODE", description = "A CAMEO code or its prefix (19 selects 190..196).")
    String cameo;

    @Option(names = "--plover", paramLabel = "TYPE", description = "A PLOVER event type (ASSAULT, RETREAT, ...).")
    String plover;

    @Option(names = "--acled", paramLabel = "TYPE", description = "An ACLED event type or sub-event type (Battles, Air/drone strike, ...).")
    String acled;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
    String to;

    @Option(names = "--modality", paramLabel = "M", description = "asserted, claimed, future or denied.")
    String modality;

    @Option(names = "--min-sources", paramLabel = "N", description = "Only events told by at least N sources.")
    Integer minSources;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events.")
    Integer limit;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Only events whose confidence is at least X, "
            + "0 to 1 (default " + CodeCommand.DEFAULT_MIN_CONFIDENCE + ", as sitrep code).")
    Double minConfidence;

    @Option(names = "--all", description = "Every stored event, whatever its confidence (--min-confidence 0).")
    boolean all;

    EventQuery query() {
        double[] box = null;
        if (bbox != null) {
            String[] parts = bbox.split(",");
            if (parts.length != 4) {
                throw new UsageException("--bbox takes four numbers: W,S,E,N (min lon, min lat, max lon, max lat)");
            }
            box = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    box[i] = Double.parseDouble(parts[i].strip());
                    if (!Double.isFinite(box[i])) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new UsageException("--bbox: '" + parts[i].strip() + "' is not a number");
                }
            }
            if (box[1] > box[3] || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90 || Math.abs(box[0]) > 180
                    || Math.abs(box[2]) > 180) {
                throw new UsageException("--bbox: latitudes within -90..90 (south first), longitudes within -180..180");
            }
        }
        if (modality != null && !modality.strip().toLowerCase(Locale.ROOT).matches("asserted|claimed|future|denied")) {
            throw new UsageException("--modality is asserted, claimed, future or denied, not '" + modality + "'");
        }
        if (limit != null && limit < 0 || minSources != null && minSources < 0) {
            throw new UsageException("--limit and --min-sources take a number of zero or more");
        }
        String ploverType = plover == null ? null : plover.strip().toUpperCase(Locale.ROOT);
        if (ploverType != null && CodeTables.ploverQuad(ploverType) == null) {
            throw new UsageException("--plover is a PLOVER event type (" + String.join(", ", CodeTables.ploverTypes())
                    + "), not '" + plover + "'");
        }
        if (cameo != null && !cameo.strip().matches("[0-9]{2,4}")) {
            throw new UsageException("--cameo is a CAMEO event code or its prefix of 2 to 4 digits (19, 190, 0874), not '"
                    + cameo + "'");
        }
        LocalDate first = day("--from", from);
        LocalDate last = day("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UsageException("--from (" + first + ") is after --to (" + last + ")");
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence is a number from 0 to 1, not " + minConfidence);
        }
        if (all && minConfidence != null) {
            throw new UsageException("--all and --min-confidence go one without the other");
        }
        double threshold = all ? 0 : minConfidence != null ? minConfidence : CodeCommand.DEFAULT_MIN_CONFIDENCE;
        return new EventQuery(actor, place, box, cameo == null ? null : cameo.strip(), ploverType, acled, first, last,
                modality, minSources, limit).withMinConfidence(threshold);
    }

    private static LocalDate day(String option, String v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a day as YYYY-MM-DD, not '" + v + "'");
        }
    }
}
