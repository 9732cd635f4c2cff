package org.alliance.application.notification;

/**
 * What may go into a mail header: one line. Whatever a header value comes from (a step's
 * title typed before one-line fields were enforced, a name, a setting), line breaks, tabs
 * and other control characters, and Unicode line and paragraph separators, become a
 * single space, so no value can end a header and start another ({@code Bcc:}) or the
 * body.
 */
public final class MailHeaders {

	private MailHeaders() {
	}

	public static String oneLine(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder line = new StringBuilder(value.length());
		boolean gap = false;
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				gap = true;
				continue;
			}
			if (gap) {
				// one space where the break was, with the spaces around it
				if (c == ' ') {
					continue;
				}
				while (line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
					line.setLength(line.length() - 1);
				}
				if (line.length() > 0) {
					line.append(' ');
				}
				gap = false;
			}
			line.appendCodePoint(c);
		}
		return line.toString().strip();
	}

}
