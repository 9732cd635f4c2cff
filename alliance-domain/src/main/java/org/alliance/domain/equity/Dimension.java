package org.alliance.domain.equity;

/** What an indicator's values are broken down by. */
public enum Dimension {

	RACE_ETHNICITY, GENDER, AGE_BAND, LANGUAGE, DISABILITY, GEOGRAPHY

}
