package org.alliance.web.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.shared.NotFoundException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An id that names nothing gets the 404 page, whichever handler met it. */
@ControllerAdvice
class NotFoundAdvice {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
