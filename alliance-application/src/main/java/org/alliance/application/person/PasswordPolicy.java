package org.alliance.application.person;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters, not one of the common passwords
 * bundled with zxcvbn (about 30,000 of them, also in l33t spelling), not the published
 * demo password, not a season, month or the product's name with a year and little else,
 * and not easy to guess from the person's own name or e-mail address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/**
	 * The demo accounts' password, printed in the README and on the demo's sign-in page.
	 */
	static final String PUBLISHED_DEMO_PASSWORD = "alliancedemo";

	/**
	 * The words people pair with a year when asked for a new password: seasons (English
	 * and Spanish), months and the product's name.
	 */
	private static final Pattern GUESSABLE = Pattern.compile("(?iu)(alliance|alianza|spring|summer|autumn|fall|winter"
			+ "|primavera|verano|oto[nñ]o|invierno|january|february|march|april|may|june|july|august|september"
			+ "|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
			+ "|noviembre|diciembre|welcome|bienvenid[oa]|password|contrase[nñ]a)[^\\p{L}\\p{N}]*((19|20)\\d{2}|\\d{2})");

	/**
	 * What must be left, in letters and digits, once such a word and year are taken out.
	 */
	private static final int GUESSABLE_REST = 8;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> check(String password, String... personalWords) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of("password.length");
		}
		String folded = fold(password);
		if (folded.contains(PUBLISHED_DEMO_PASSWORD)) {
			return Optional.of("password.demo");
		}
		// a season or the product's name with a year, and little else
		Matcher guessable = GUESSABLE.matcher(password);
		if (guessable.find() && fold(guessable.replaceAll("")).length() < GUESSABLE_REST) {
			return Optional.of("password.pattern");
		}
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
