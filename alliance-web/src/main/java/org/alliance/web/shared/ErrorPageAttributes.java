package org.alliance.web.shared;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Tells the one error page which advice to show: the status itself where the page has
 * words for it, otherwise the general advice for a refused request (4xx) or a failure
 * (5xx). Nothing else is added: no stack trace, no exception message.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	/**
	 * The statuses that have their own title and advice (messages error.N.title/text).
	 */
	static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 422, 500, 503);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		int status = (attributes.get("status") instanceof Integer code) ? code : 500;
		attributes.put("advice", EXPLAINED.contains(status) ? status : (status < 500) ? 400 : 500);
		return attributes;
	}

}
