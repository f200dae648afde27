// The phone page: choose your name, then follow the meeting's current step live (Server-Sent Events).
// Every text from the meeting is set with textContent, never parsed as HTML.
"use strict";
(() => {
  const SECTIONS = ["loading", "choose", "pending", "answer", "groups", "inputs", "votes", "results",
                    "waiting", "away", "absent", "closed"];
  const $ = (id) => document.getElementById(id);
  let source = null;
  let answerEdited = false;
  let lastStep = null;
  let groupId = null;

  function show(name) {
    for (const id of SECTIONS) $(id).hidden = id !== name;
    $("leave").hidden = ["loading", "choose", "closed", "pending"].includes(name);
  }

  function say(message, isError) {
    const el = $("status");
    el.textContent = message || "";
    el.classList.toggle("error", Boolean(isError));
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  class Closed extends Error {}

  async function api(path, body) {
    const options = { credentials: "same-origin", cache: "no-store" };
    if (body !== undefined) {
      options.method = "POST";
      options.headers = { "Content-Type": "application/json" };
      options.body = JSON.stringify(body);
    }
    const response = await fetch("api/" + path, options);
    if (response.status === 404) throw new Closed("Deltagelsen er lukket.");
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (!response.ok) {
      const error = new Error(data.error || "Noget gik galt (" + response.status + ").");
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function closed() {
    if (source) source.close();
    source = null;
    show("closed");
    say("");
  }

  // --- choosing a name ------------------------------------------------------------

  async function chooseName() {
    if (source) { source.close(); source = null; }
    const data = await api("members");
    $("meeting").textContent = data.meeting;
    $("who").hidden = true;
    const list = $("names");
    list.replaceChildren();
    for (const member of data.members) {
      const li = el("li");
      const button = el("button", member.name, member.taken ? "taken" : "");
      button.type = "button";
      if (member.taken) button.setAttribute("aria-description", "bruges allerede af en anden telefon");
      button.addEventListener("click", () => join(member.id));
      li.append(button);
      list.append(li);
    }
    show("choose");
    if (!data.members.length) say("Der er endnu ingen registreret som til stede.");
  }

  async function join(memberId) {
    try {
      const result = await api("join", { member: memberId });
      say(result.status === "pending" ? "" : "Velkommen, " + result.name + ".");
      follow();
    } catch (error) {
      if (error instanceof Closed) return closed();
      say(error.message, true);
    }
  }

  // --- following the meeting ------------------------------------------------------

  function follow() {
    if (source) source.close();
    source = new EventSource("api/events");
    source.addEventListener("state", (event) => render(JSON.parse(event.data)));
    source.addEventListener("closed", closed);
    source.onerror = () => {
      if (source && source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(start, 2000);  // the room may have closed, or the name been released
      } else {
        say("Forbindelsen er afbrudt – prøver igen …", true);
      }
    };
    source.onopen = () => { if ($("status").classList.contains("error")) say(""); };
  }

  function render(view) {
    $("meeting").textContent = view.meeting;
    if (view.step === "choose") return chooseName();
    if (view.step === "pending") {
      $("pending-name").textContent = view.me;
      return show("pending");
    }
    $("who").hidden = false;
    $("who").textContent = "Du deltager som " + view.me;
    if (view.step !== lastStep) {
      answerEdited = false;
      if (lastStep !== null) say("");  // "Input tilføjet." or a refusal belongs to the step left behind
    }
    lastStep = view.step;
    const item = view.item || { title: "", question: "" };
    switch (view.step) {
      case "answer": renderAnswer(view, item); break;
      case "groups": renderGroups(view); break;
      case "inputs": renderInputs(view); break;
      case "votes": renderVotes(view); break;
      case "results": renderResults(view); break;
      case "away":
        $("away-text").textContent = (view.away === "conflict" ? "Du er inhabil i punktet " : "Du er ikke til stede under punktet ")
          + "\u201d" + item.title + "\u201d.";
        show("away");
        break;
      case "absent": show("absent"); break;
      default:
        $("waiting-text").textContent = item.title ? "Mødet er ved punktet \u201d" + item.title + "\u201d."
                                                   : "Mødet er ikke gået i gang endnu.";
        show("waiting");
    }
    if (view.locked) say("Referatet er sendt til godkendelse; der kan ikke længere skrives.", true);
  }

  function renderAnswer(view, item) {
    $("answer-h").textContent = item.title || "Spørgerunde";
    $("question").textContent = item.question;
    const box = $("answer-text");
    if (!answerEdited && document.activeElement !== box) box.value = view.answer || "";
    $("answer-saved").textContent = view.answer ? "Dit svar er modtaget. Du kan rette det." : "";
    show("answer");
  }

  function groupText(group) {
    return group ? group.name + ": " + group.members.join(", ") : "Du er ikke sat i en gruppe endnu.";
  }

  function renderGroups(view) {
    const box = $("my-group");
    box.replaceChildren(el("p", view.group ? "Din gruppe" : "", "note"), el("p", groupText(view.group)));
    show("groups");
  }

  function renderInputs(view) {
    const group = view.group;
    groupId = group ? group.id : null;
    $("inputs-group").textContent = groupText(group);
    $("input-form").hidden = !group || view.locked;
    const select = $("input-candidate");
    const chosen = select.value;
    select.replaceChildren(el("option", "Intet pejlemærke"));
    select.firstChild.value = "";
    for (const candidate of view.candidates || []) {
      const option = el("option", candidate.title);
      option.value = String(candidate.id);
      select.append(option);
    }
    select.value = chosen;
    if (select.value !== chosen) select.value = "";
    $("candidate-field").hidden = !(view.candidates || []).length;
    const list = $("input-list");
    list.replaceChildren();
    for (const input of (group && group.inputs) || []) {
      const li = el("li", input.text);
      if (input.candidate) li.append(el("span", "Pejlemærke: " + input.candidate, "tag"));
      if (input.by) li.append(el("span", input.mine ? "Dig · telefon" : input.by, "by"));
      list.append(li);
    }
    if (group && !(group.inputs || []).length) list.append(el("li", "Ingen input endnu."));
    if (group && group.older) list.append(el("li", "+ " + group.older + " ældre input (se projektoren)", "by"));
    show("inputs");
  }

  function renderVotes(view) {
    const votes = view.votes;
    $("dots-left").textContent = "Du har " + votes.left + " af " + votes.dots + " stemmer tilbage.";
    const list = $("vote-list");
    list.replaceChildren();
    for (const candidate of votes.candidates) {
      const li = el("li");
      const title = el("span", candidate.title, "title");
      const minus = el("button", "−");
      minus.type = "button";
      minus.setAttribute("aria-label", "Fjern en stemme fra " + candidate.title);
      minus.disabled = candidate.mine === 0 || view.locked;
      minus.addEventListener("click", () => vote(candidate.id, candidate.mine, candidate.mine - 1));
      const count = el("span", String(candidate.mine), "count");
      count.setAttribute("aria-label", candidate.mine + " stemmer på " + candidate.title);
      const plus = el("button", "+");
      plus.type = "button";
      plus.setAttribute("aria-label", "Giv en stemme til " + candidate.title);
      plus.disabled = votes.left === 0 || view.locked;
      plus.addEventListener("click", () => vote(candidate.id, candidate.mine, candidate.mine + 1));
      li.append(title, minus, count, plus);
      list.append(li);
    }
    if (!votes.candidates.length) list.append(el("li", "Der er ingen pejlemærker at stemme på endnu."));
    show("votes");
  }

  function renderResults(view) {
    const chosen = $("chosen");
    chosen.replaceChildren();
    for (const c of view.results.chosen) chosen.append(el("li", c.title));
    if (!view.results.chosen.length) chosen.append(el("li", "Ingen valgt endnu."));
    const working = $("working");
    working.replaceChildren();
    for (const w of view.results.working_groups) {
      const li = el("li", w.name);
      if (w.mandate) li.append(el("span", w.mandate, "tag"));
      if (w.members.length) li.append(el("span", w.members.join(", "), "by"));
      working.append(li);
    }
    if (!view.results.working_groups.length) working.append(el("li", "Ingen endnu."));
    show("results");
  }

  // --- actions --------------------------------------------------------------------

  async function send(path, body, done) {
    try {
      await api(path, body);
      if (done) done();
    } catch (error) {
      if (error instanceof Closed) return closed();
      say(error.message, true);
    }
  }

  function vote(candidateId, was, count) {
    say("");
    send("votes", { candidate: candidateId, was: was, count: count });
  }

  $("answer-text").addEventListener("input", () => { answerEdited = true; });
  $("answer-form").addEventListener("submit", (event) => {
    event.preventDefault();
    send("answer", { text: $("answer-text").value }, () => { answerEdited = false; say("Svaret er sendt."); });
  });

  $("input-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const box = $("input-text");
    const candidate = $("input-candidate").value;
    send("inputs", { group: groupId, text: box.value, candidate: candidate ? Number(candidate) : null }, () => {
      box.value = "";
      say("Input tilføjet.");
      box.focus();
    });
  });

  $("leave").addEventListener("click", () => send("leave", {}, chooseName));
  $("cancel-pending").addEventListener("click", () => send("leave", {}, chooseName));

  async function start() {
    try {
      const view = await api("state");
      if (view.step === "choose") return await chooseName();
      render(view);
      follow();
    } catch (error) {
      if (error instanceof Closed) return closed();
      say(error.message, true);
    }
  }

  start();
})();
