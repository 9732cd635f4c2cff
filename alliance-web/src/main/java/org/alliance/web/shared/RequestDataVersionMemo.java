package org.alliance.web.shared;

import java.util.Optional;

import org.alliance.application.shared.DataVersion;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads the data version once per web request: a page that uses several cached results
 * costs one lookup. Outside a request nothing is remembered.
 */
@Component
class RequestDataVersionMemo implements DataVersion.Memo {

	private static final String ATTRIBUTE = RequestDataVersionMemo.class.getName() + ".VERSION";

	@Override
	public Optional<Long> recall() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long known) {
			return Optional.of(known);
		}
		return Optional.empty();
	}

	@Override
	public void remember(long version) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
