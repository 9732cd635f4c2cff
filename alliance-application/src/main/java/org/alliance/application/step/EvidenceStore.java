package org.alliance.application.step;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Files attached to progress updates: kept in PostgreSQL, or, when
 * {@code alliance.evidence.directory} names a directory, there as files named by their
 * SHA-256 (the row then has no content). The name comes from the content, never from what
 * was typed, so no upload can choose where it is written; the same file attached twice is
 * stored once.
 */
@Repository
public class EvidenceStore {

	/** A file as the history lists it (without its content). */
	public record EvidenceFile(long id, long updateId, long stepId, String fileName, String contentType,
			int sizeBytes) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final @Nullable Path directory;

	EvidenceStore(NamedParameterJdbcTemplate jdbc, @Value("${alliance.evidence.directory:}") String directory) {
		this.jdbc = jdbc;
		this.directory = directory.isBlank() ? null : Path.of(directory).toAbsolutePath().normalize();
	}

	/** Where files are written: a directory, or {@code null} for the database. */
	public @Nullable Path directory() {
		return this.directory;
	}

	public long add(long stepId, long updateId, String fileName, String contentType, byte[] content, String sha256,
			long uploadedBy, Instant now) {
		Long id = this.jdbc.queryForObject("""
				insert into evidence_file (update_id, step_id, file_name, content_type, size_bytes, sha256, content,
				 uploaded_by, uploaded_at) values (:update, :step, :name, :type, :size, :sha, :content, :by, :now)
				 returning id
				""",
				new MapSqlParameterSource("update", updateId).addValue("step", stepId)
					.addValue("name", fileName)
					.addValue("type", contentType)
					.addValue("size", content.length)
					.addValue("sha", sha256)
					.addValue("content", (this.directory != null) ? store(sha256, content) : content)
					.addValue("by", uploadedBy)
					.addValue("now", Timestamp.from(now)),
				Long.class);
		return (id != null) ? id : 0L;
	}

	/** The files of a step's updates, by update. */
	public Map<Long, List<EvidenceFile>> ofStep(long stepId) {
		Map<Long, List<EvidenceFile>> files = new HashMap<>();
		this.jdbc.query("""
				select id, update_id, step_id, file_name, content_type, size_bytes from evidence_file
				 where step_id = :step order by id
				""", new MapSqlParameterSource("step", stepId),
				(RowCallbackHandler) (rs) -> files.computeIfAbsent(rs.getLong("update_id"), (k) -> new ArrayList<>())
					.add(new EvidenceFile(rs.getLong("id"), rs.getLong("update_id"), rs.getLong("step_id"),
							rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"))));
		return files;
	}

	public Optional<EvidenceFile> find(long id) {
		return this.jdbc
			.query("""
					select id, update_id, step_id, file_name, content_type, size_bytes from evidence_file where id = :id
					""", new MapSqlParameterSource("id", id),
					(rs, i) -> new EvidenceFile(rs.getLong("id"), rs.getLong("update_id"), rs.getLong("step_id"),
							rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes")))
			.stream()
			.findFirst();
	}

	/** Writes a file's content to the stream, from the database or the directory. */
	public void copyContent(long id, OutputStream out) {
		this.jdbc.query("select content, sha256 from evidence_file where id = :id", new MapSqlParameterSource("id", id),
				(RowCallbackHandler) (rs) -> {
					try {
						byte[] content = rs.getBytes("content");
						if (content != null) {
							out.write(content);
						}
						else {
							Files.copy(pathOf(rs.getString("sha256")), out);
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
	}

	/**
	 * Writes the file under the directory (through a temporary file, moved into place, so
	 * a reader never sees half a file) and returns no content for the row.
	 */
	private byte @Nullable [] store(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path partial = Files.createTempFile(target.getParent(), sha256, ".part");
				Files.write(partial, content);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store evidence in " + this.directory, ex);
		}
	}

	private Path pathOf(String sha256) {
		if (this.directory == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalStateException("No evidence directory for " + sha256);
		}
		return this.directory.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

}
