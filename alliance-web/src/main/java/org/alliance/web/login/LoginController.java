package org.alliance.web.login;

import org.alliance.application.demo.DemoSettings;

import org.alliance.web.shared.FormSubmission;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the organisation's identity provider when one is configured, the
 * password form unless it is switched off, and the demo accounts only when demo data is
 * on.
 */
@Controller
class LoginController {

	private final DemoSettings demo;

	private final boolean singleSignOn;

	private final String providerName;

	private final boolean localSignIn;

	LoginController(DemoSettings demo, ObjectProvider<ClientRegistrationRepository> providers,
			@Value("${alliance.oidc.name:}") String providerName,
			@Value("${alliance.local-sign-in.enabled:true}") boolean localSignIn) {
		this.demo = demo;
		this.singleSignOn = providers.getIfAvailable() != null;
		this.providerName = providerName;
		this.localSignIn = localSignIn;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			Model model) {
		if (error != null || throttled != null) {
			// a refused sign-in: the page title says so first
			model.addAttribute(FormSubmission.FAILED, Boolean.TRUE);
		}
		model.addAttribute("demo", this.demo);
		model.addAttribute("singleSignOn", this.singleSignOn);
		model.addAttribute("providerName", this.providerName.isBlank() ? null : this.providerName);
		model.addAttribute("localSignIn", this.localSignIn);
		return "login";
	}

}
