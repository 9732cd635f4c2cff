package org.alliance.application.equity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.Period;
import org.alliance.domain.equity.PeriodType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of an indicator's values and checks every row: the report names the
 * line, the column and what is wrong. Nothing is kept unless every row is right.
 *
 * <p>
 * Columns: {@code period,dimension,group,numerator,denominator}, or for a mean
 * {@code period,dimension,group,mean,count}. Periods are written {@code 2025-Q1},
 * {@code 2025-03} or {@code 2025} as the indicator's period type requires; dimensions by
 * their code (e.g. {@code RACE_ETHNICITY}); groups by their label.
 */
public final class IndicatorImport {

	public static final int MAX_ROWS = 20_000;

	static final long MAX_COUNT = 1_000_000_000L;

	private IndicatorImport() {
	}

	/** One checked row, ready to be stored. */
	public record Line(long lineNumber, Period period, Dimension dimension, Long groupId, Long numerator,
			long denominator, BigDecimal mean) {
	}

	/** What is wrong with one cell or row; the web layer puts the key in words. */
	public record Problem(long line, String column, String messageKey, Object... args) {
	}

	/** The rows, or the problems when there is any. */
	public record Outcome(List<Line> lines, List<Problem> problems) {

		public boolean ok() {
			return this.problems.isEmpty() && !this.lines.isEmpty();
		}

	}

	/** The columns a file for this indicator has. */
	public static List<String> columns(Indicator indicator) {
		return indicator.isMean() ? List.of("period", "dimension", "group", "mean", "count")
				: List.of("period", "dimension", "group", "numerator", "denominator");
	}

	/** An example of how a period is written for the type, for messages and hints. */
	public static String periodExample(PeriodType type) {
		return switch (type) {
			case QUARTER -> "2025-Q1";
			case MONTH -> "2025-03";
			case YEAR -> "2025";
		};
	}

	/**
	 * @param groups every value of every dimension
	 */
	public static Outcome read(Indicator indicator, List<DimensionValue> groups, Reader reader) {
		List<Problem> problems = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		List<String> columns = columns(indicator);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setIgnoreHeaderCase(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((name, index) -> {
				if (name != null) {
					header.put(name.trim().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), index);
				}
			});
			for (String column : columns) {
				if (!header.containsKey(column)) {
					problems.add(new Problem(1, column, "import.column.missing", column, String.join(",", columns)));
				}
			}
			if (!problems.isEmpty()) {
				return new Outcome(List.of(), problems);
			}
			Map<String, Long> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				long lineNumber = parser.getCurrentLineNumber();
				if (lines.size() + problems.size() >= MAX_ROWS) {
					problems.add(new Problem(lineNumber, null, "import.tooManyRows", MAX_ROWS));
					break;
				}
				Line line = check(indicator, groups, record, header, lineNumber, problems);
				if (line != null) {
					String key = line.period() + "|" + line.dimension() + "|" + line.groupId();
					Long first = seen.putIfAbsent(key, lineNumber);
					if (first != null) {
						problems.add(new Problem(lineNumber, "group", "import.duplicate", first));
					}
					else {
						lines.add(line);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | IllegalArgumentException | UncheckedIOException ex) {
			// a malformed file (e.g. an unclosed quote): commons-csv says where it
			// stopped
			problems.add(new Problem(0, null, "import.malformed"));
		}
		if (problems.isEmpty() && lines.isEmpty()) {
			problems.add(new Problem(0, null, "import.empty"));
		}
		return new Outcome(problems.isEmpty() ? lines : List.of(), problems);
	}

	private static Line check(Indicator indicator, List<DimensionValue> groups, CSVRecord record,
			Map<String, Integer> header, long lineNumber, List<Problem> problems) {
		int before = problems.size();
		String periodText = cell(record, header.get("period"));
		Period period = null;
		try {
			period = Period.parse(indicator.getPeriodType(), periodText);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(lineNumber, "period", "import.period.invalid", periodText,
					periodExample(indicator.getPeriodType())));
		}
		String dimensionText = cell(record, header.get("dimension"));
		Dimension dimension = dimension(dimensionText);
		if (dimension == null) {
			problems.add(new Problem(lineNumber, "dimension", "import.dimension.unknown", dimensionText));
		}
		else if (!indicator.isBrokenDownBy(dimension)) {
			problems.add(new Problem(lineNumber, "dimension", "import.dimension.notUsed", dimensionText));
		}
		String groupText = cell(record, header.get("group"));
		Long groupId = null;
		if (dimension != null) {
			Dimension d = dimension;
			groupId = groups.stream()
				.filter((g) -> g.getDimension() == d && g.getLabel().equalsIgnoreCase(groupText))
				.map(DimensionValue::getId)
				.findFirst()
				.orElse(null);
			if (groupId == null) {
				problems.add(new Problem(lineNumber, "group", "import.group.unknown", groupText));
			}
		}
		List<String> names = columns(indicator).subList(3, 5);
		Figures figures = figures(indicator, cell(record, header.get(names.get(0))),
				cell(record, header.get(names.get(1))), lineNumber, names.get(0), names.get(1), problems);
		if (problems.size() > before) {
			return null;
		}
		return new Line(lineNumber, period, dimension, groupId, figures.numerator(), figures.denominator(),
				figures.mean());
	}

	/** The two figures of a row, checked. */
	private record Figures(Long numerator, Long denominator, BigDecimal mean) {
	}

	/**
	 * A row's two figures: a numerator and a denominator no smaller than it, or a mean
	 * and its count; problems are added under the given column names.
	 */
	private static Figures figures(Indicator indicator, String first, String second, long line, String firstColumn,
			String secondColumn, List<Problem> problems) {
		if (indicator.isMean()) {
			return new Figures(null, count(second, line, secondColumn, problems),
					decimal(first, line, firstColumn, problems));
		}
		Long numerator = count(first, line, firstColumn, problems);
		Long denominator = count(second, line, secondColumn, problems);
		if (numerator != null && denominator != null && numerator > denominator) {
			problems.add(new Problem(line, firstColumn, "import.numerator.aboveDenominator", numerator, denominator));
		}
		return new Figures(numerator, denominator, null);
	}

	/**
	 * One group's figures as typed on the entry form: the numerator (or the mean) and the
	 * denominator (or the count).
	 */
	public record Typed(Long groupId, String first, String second) {

		public boolean isBlank() {
			return (this.first == null || this.first.isBlank()) && (this.second == null || this.second.isBlank());
		}

	}

	/**
	 * The figures of one period typed on the entry form for the groups of one dimension,
	 * checked as a file's rows are: rows left blank are skipped; a problem's line is the
	 * row's index and its column {@code first} or {@code second}; with no problem and no
	 * figure at all, one problem of the whole form ({@code indicator.values.none}, line
	 * -1). No line is given when the period is unknown ({@code null}).
	 */
	public static Outcome entered(Indicator indicator, @Nullable Period period, Dimension dimension, List<Typed> rows) {
		List<Line> lines = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Typed row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			int before = problems.size();
			Figures figures = figures(indicator, trimmed(row.first()), trimmed(row.second()), i, "first", "second",
					problems);
			if (problems.size() == before && period != null) {
				lines.add(new Line(0, period, dimension, row.groupId(), figures.numerator(), figures.denominator(),
						figures.mean()));
			}
		}
		if (problems.isEmpty() && lines.isEmpty() && period != null) {
			problems.add(new Problem(-1, null, "indicator.values.none"));
		}
		return new Outcome(lines, problems);
	}

	private static String trimmed(@Nullable String text) {
		return (text != null) ? text.strip() : "";
	}

	/** A whole count from 0 up, or {@code null} with a problem added. */
	public static Long count(String text, long line, String column, List<Problem> problems) {
		if (text.isEmpty()) {
			problems.add(new Problem(line, column, "import.value.missing"));
			return null;
		}
		try {
			long value = Long.parseLong(text);
			if (value < 0 || value > MAX_COUNT) {
				problems.add(new Problem(line, column, "import.count.invalid", text));
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(line, column, "import.count.invalid", text));
			return null;
		}
	}

	/** A decimal number from 0 up, or {@code null} with a problem added. */
	public static BigDecimal decimal(String text, long line, String column, List<Problem> problems) {
		if (text.isEmpty()) {
			problems.add(new Problem(line, column, "import.value.missing"));
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text);
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_COUNT)) > 0 || value.scale() > 4) {
				problems.add(new Problem(line, column, "import.mean.invalid", text));
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(line, column, "import.mean.invalid", text));
			return null;
		}
	}

	static Dimension dimension(String text) {
		String code = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_').replace('/', '_');
		for (Dimension d : Dimension.values()) {
			if (d.name().equals(code)) {
				return d;
			}
		}
		return null;
	}

	private static String cell(CSVRecord record, Integer index) {
		if (index == null || index >= record.size()) {
			return "";
		}
		String value = record.get(index);
		return (value != null) ? value.trim() : "";
	}

}
