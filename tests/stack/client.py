"""A visitor of the stack: plain HTTP with requests, to the proxy or straight to one app server."""

import requests

MEMBER_PAGE = "/nl/kenniskring/"
LOGIN = "/nl/inloggen/"


class Visitor:
    """One browser: its cookies shared by every address. `via` is "proxy" (nginx, HTTPS) or
    an app server's name ("a", "b"), asked directly with the headers nginx would add."""

    def __init__(self, stack, address="127.0.0.1"):
        self.stack = stack
        self.address = address
        self.session = requests.Session()

    @property
    def origin(self):
        return f"https://127.0.0.1:{self.stack.port}"

    def request(self, method, path, via="proxy", headers=None, **kwargs):
        headers = dict(headers or {})
        if via == "proxy":
            url = self.stack.url + path
        else:
            url = self.stack.app_url(via) + path
            # What nginx sends on the visitor's behalf, the Secure cookies among them.
            headers.update(
                {
                    "Host": f"127.0.0.1:{self.stack.port}",
                    "X-Forwarded-Proto": "https",
                    "X-Forwarded-For": self.address,
                }
            )
            cookies = "; ".join(f"{c.name}={c.value}" for c in self.session.cookies)
            if cookies:
                headers["Cookie"] = cookies
        if method == "POST":
            headers.setdefault("Origin", self.origin)
            headers.setdefault("Referer", self.origin + path)
            token = self.session.cookies.get("csrftoken")
            if token:
                headers.setdefault("X-CSRFToken", token)
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 60)
        kwargs.setdefault("verify", str(self.stack.certificate))
        return self.session.request(method, url, headers=headers, **kwargs)

    def get(self, path, via="proxy", **kwargs):
        return self.request("GET", path, via, **kwargs)

    def post(self, path, data=None, via="proxy", **kwargs):
        return self.request("POST", path, via, data=data, **kwargs)

    def log_in(self, username, via="proxy"):
        assert self.get(LOGIN, via).status_code == 200
        response = self.post(
            LOGIN, {"username": username, "password": self.stack.password}, via=via
        )
        assert response.status_code == 302, (response.status_code, response.text[:500])
        return response

    def is_logged_in(self, via="proxy"):
        """The kenniskring's home answers with its page and a log-out button."""
        response = self.get(MEMBER_PAGE, via)
        return response.status_code == 200 and "Uitloggen" in response.text
