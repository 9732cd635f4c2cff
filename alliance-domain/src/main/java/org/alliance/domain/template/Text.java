package org.alliance.domain.template;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A template's wording in English and Spanish; a template saved from a plan may hold only
 * the language its plan was written in, and the other falls back to it.
 */
public record Text(@Nullable String en, @Nullable String es) {

	/** The languages a template is written in. */
	public static final List<String> LANGUAGES = List.of("en", "es");

	/** Whether a language (perhaps none) is one templates are written in. */
	public static boolean isLanguage(@Nullable String language) {
		return language != null && LANGUAGES.contains(language);
	}

	public static Text of(String language, String wording) {
		return "es".equals(language) ? new Text(null, wording) : new Text(wording, null);
	}

	/** The wording in a language, or in the other when it has none in that one. */
	public String in(String language) {
		String wanted = "es".equals(language) ? this.es : this.en;
		return (wanted != null) ? wanted : any();
	}

	/** The English wording, or the Spanish when there is no English. */
	public String any() {
		return (this.en != null) ? this.en : ((this.es != null) ? this.es : "");
	}

	/** Whether the wording is there in both languages. */
	public boolean isBilingual() {
		return this.en != null && this.es != null;
	}

}
