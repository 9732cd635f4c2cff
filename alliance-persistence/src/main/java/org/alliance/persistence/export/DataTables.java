package org.alliance.persistence.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Every table of the organisation's data, for a full export: found in the schema, so a
 * table added later is exported without anyone remembering to; only secrets and what the
 * database derives are left out.
 */
@Repository
public class DataTables {

	/**
	 * Never exported: sessions (their ids are credentials), setup links (hashes of
	 * one-time secrets), the migration history, and sums the database derives from other
	 * tables.
	 */
	static final Set<String> LEFT_OUT_TABLES = Set.of("spring_session", "spring_session_attributes", "setup_link",
			"flyway_schema_history", "step_tally", "progress_week");

	/**
	 * Never exported: password hashes, digests of access tokens, the keys of unsubscribe
	 * links (and the messages that carry them); evidence files are listed without their
	 * content (a database backup holds it).
	 */
	static final Map<String, Set<String>> LEFT_OUT_COLUMNS = Map.of("person", Set.of("password_hash"), "access_token",
			Set.of("digest"), "notification_setting", Set.of("unsubscribe_key"), "outbox_message",
			Set.of("text_body", "html_body", "unsubscribe_url"), "evidence_file", Set.of("content"));

	private final JdbcTemplate jdbc;

	DataTables(DataSource dataSource) {
		// rows come from a cursor a thousand at a time (inside the export's transaction),
		// so
		// memory stays flat however large a table is
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
	}

	/** Lifts the statement timeout for the rest of the current transaction. */
	public void withoutStatementTimeout() {
		this.jdbc.execute("set local statement_timeout = 0");
	}

	/** A table and the columns exported from it, in the schema's order. */
	public record Table(String name, List<String> columns) {
	}

	/** The exported tables, by name. */
	public List<Table> tables() {
		List<Table> tables = new ArrayList<>();
		List<String> names = this.jdbc.queryForList("""
				select table_name from information_schema.tables
				 where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name
				""", String.class);
		for (String name : names) {
			if (LEFT_OUT_TABLES.contains(name.toLowerCase())) {
				continue;
			}
			Set<String> leftOut = LEFT_OUT_COLUMNS.getOrDefault(name.toLowerCase(), Set.of());
			List<String> columns = this.jdbc.queryForList("""
					select column_name from information_schema.columns
					 where table_schema = current_schema() and table_name = ? order by ordinal_position
					""", String.class, name)
				.stream()
				.filter((column) -> !leftOut.contains(column.toLowerCase()))
				.toList();
			tables.add(new Table(name, columns));
		}
		return tables;
	}

	/** Streams the table's rows (its exported columns, in key order). */
	public void eachRow(Table table, Consumer<List<Object>> row) {
		String columns = String.join(", ", table.columns().stream().map(DataTables::quoted).toList());
		this.jdbc.query("select " + columns + " from " + quoted(table.name()) + " order by 1",
				(RowCallbackHandler) (rs) -> {
					List<Object> values = new ArrayList<>(table.columns().size());
					for (int i = 1; i <= table.columns().size(); i++) {
						values.add(rs.getObject(i));
					}
					row.accept(values);
				});
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
