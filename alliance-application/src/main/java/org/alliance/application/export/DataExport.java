package org.alliance.application.export;

import java.util.List;
import java.util.Map;

import org.alliance.application.audit.AuditLog;
import org.alliance.persistence.export.DataTables;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A full export of the organisation's data, table by table, as of one moment (a
 * repeatable-read transaction), recorded in the audit trail. Password hashes, session ids
 * and setup links are never part of it.
 */
@Service
public class DataExport {

	/** Receives the export: each table, then its rows. */
	public interface Sink {

		void table(String name, List<String> columns);

		void row(List<Object> values);

		void endTable();

	}

	private final DataTables tables;

	private final AuditLog audit;

	DataExport(DataTables tables, AuditLog audit) {
		this.tables = tables;
		this.audit = audit;
	}

	@Transactional(isolation = Isolation.REPEATABLE_READ)
	public void export(Sink sink) {
		// a large export to a slow client may take longer than a page's statement timeout
		this.tables.withoutStatementTimeout();
		List<DataTables.Table> all = this.tables.tables();
		this.audit.created("DataExport", 0L, "Full data export downloaded",
				Map.of("tables", all.stream().map(DataTables.Table::name).toList()));
		for (DataTables.Table table : all) {
			sink.table(table.name(), table.columns());
			this.tables.eachRow(table, sink::row);
			sink.endTable();
		}
	}

}
