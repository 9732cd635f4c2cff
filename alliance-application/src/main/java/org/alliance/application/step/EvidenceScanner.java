package org.alliance.application.step;

/**
 * The hook for a virus scanner: declare a bean of this type (for example one that sends
 * the bytes to ClamAV's {@code clamd}) and every file is scanned before it is stored; a
 * file it refuses is not stored and the person is told. Without one, files are stored
 * after the type and size checks only (docs/operations.md).
 */
@FunctionalInterface
public interface EvidenceScanner {

	/**
	 * @return true when the file may be stored
	 */
	boolean isClean(String fileName, byte[] content);

}
