package org.alliance.web.audit;

/** Opens the CSV cell guard to tests in other packages. */
public final class AuditControllerAccess {

	private AuditControllerAccess() {
	}

	public static String safe(String value) {
		return AuditController.safe(value);
	}

}
