package org.alliance.web.login;

import org.alliance.application.demo.DemoSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; lists the demo accounts only when demo data is on. */
@Controller
class LoginController {

	private final DemoSettings demo;

	LoginController(DemoSettings demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", this.demo);
		return "login";
	}

}
