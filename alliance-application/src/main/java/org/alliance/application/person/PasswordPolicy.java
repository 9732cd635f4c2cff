package org.alliance.application.person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters, not one of the common passwords
 * bundled with zxcvbn (about 30,000 of them, also in l33t spelling), and not easy to
 * guess from the person's own name or e-mail address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> check(String password, String... personalWords) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of("password.length");
		}
		String folded = fold(password);
		for (String word : personalWords) {
			String personal = fold((word != null && word.contains("@")) ? word.substring(0, word.indexOf('@')) : word);
			if (personal.length() >= 4 && folded.contains(personal)) {
				return Optional.of("password.personal");
			}
		}
		Strength strength = this.zxcvbn.measure(password, List.of(personalWords));
		for (Match match : strength.getSequence()) {
			boolean whole = match.i == 0 && match.j == password.length() - 1;
			if (whole && "passwords".equals(match.dictionaryName)) {
				return Optional.of("password.common");
			}
		}
		if (strength.getScore() < 3) {
			return Optional.of("password.weak");
		}
		return Optional.empty();
	}

	private static String fold(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
