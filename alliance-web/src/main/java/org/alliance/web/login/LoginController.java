package org.alliance.web.login;

import org.alliance.application.demo.DemoSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
	String login(Model model) {
		model.addAttribute("demo", this.demo);
		model.addAttribute("singleSignOn", this.singleSignOn);
		model.addAttribute("providerName", this.providerName.isBlank() ? null : this.providerName);
		model.addAttribute("localSignIn", this.localSignIn);
		return "login";
	}

}
