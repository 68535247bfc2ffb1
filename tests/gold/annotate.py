#!/usr/bin/env python3
"""Writes tests/gold/<doc>.json from the hand annotations below.

The annotations were made by reading the articles; this script only turns them into byte spans. Each mention is
given by a context that holds its surface marked as {{surface}} (or by the bare surface), searched forward from
the previous mention, so the mentions come out in text order and a context that is not found, or found out of
order, stops the script. Each pair's passage is given by its first and last words.

Run from the repository root: python3 tests/gold/annotate.py [--check]
With --check it writes nothing and fails when a JSON file differs from what it would write.
"""

import csv
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Entities the shipped gazetteer lacks: id -> type.
NEW_ENTITIES = {"patrol-car-of-the-future": "product"}

# fmt: off
MENTIONS = {
"000_5fc0c75c47dbb2ca": [
    ("{{Amazon}} will seine", "amazon"),
    ("„{{Rekognition}}“ an die", "rekognition"),
    ("{{US}}-Polizeibehörde", "usa"),
    ("Polizeibehörde {{ICE}} verkaufen", "ice"),
    ("{{Amazon}} könnte damit", "amazon"),
    ("Donald Trump", "donald-trump"),
    ("Das {{ICE}} ist eine", "ice"),
    ("Ministeriums für Heimatschutz", "dhs"),
    ("die {{USA}} vor", "usa"),
    ("das {{ICE}} als Teil", "ice"),
    ("Einwanderungspolitik {{Trumps}}", "donald-trump"),
    ("von der {{Amazon}} selbst", "amazon"),
    ("ACLU", "aclu"),
    ("testete „{{Rekognition}}“", "rekognition"),
    ("hatte sich {{Amazon}} mit", "amazon"),
    ("des {{ICE}} getroffen", "ice"),
    ("„{{Rekognition}}“-Software von", "rekognition"),
    ("Software von {{Amazon}} führe", "amazon"),
    ("Sprechers des {{ICE}} noch", "ice"),
    ("Vertrag mit {{Amazon}}.", "amazon"),
    ("{{US}}-Staaten Oregon", "usa"),
    ("Orlando", "orlando"),
    ("{{Jeff Bezos}} bleibt", "jeff-bezos"),
    ("{{Amazon}}-Angestellte protestieren", "amazon"),
    ("Verkauf von {{Rekognition}} an ICE", "rekognition"),
    ("an {{ICE}}. Ein offener", "ice"),
    ("Firmenchef {{Jeff Bezos}}", "jeff-bezos"),
    ("Mitarbeiter von {{Amazon}}, der anonym", "amazon"),
    ("die {{Amazon}} dabei spielt", "amazon"),
    ("Die {{Trump}}-Regierung", "donald-trump"),
    ("Wenn {{Amazon}} sagt", "amazon"),
    ("‚{{Rekognition}}‘-KundInnen", "rekognition"),
    ("{{Google}}-MitarbeiterInnen", "google"),
    ("des {{US-Militärs}}.", "us-military"),
    ("kündigte {{Google}} die", "google"),
    ("{{Amazon}}-Chef Bezos", "amazon"),
    ("Amazon-Chef {{Bezos}}", "jeff-bezos"),
    ("erklärte {{Bezos}}.", "jeff-bezos"),
    ("{{Amazon}} steuert", "amazon"),
],
"001_5cb7b3a923d436c0": [
    ("Gottes Werk und {{Alexas}} Beitrag", "alexa"),
    ("– mit {{Amazon}} zum Überwachungsstaat?\n", "amazon"),
    ("Stephan Zwerenz", "stephan-zwerenz"),
    ("durch {{Facebook}} scrollen", "facebook"),
    ("{{Netflix}}-Serien", "netflix"),
    ("Cortana", "cortana"),
    ("Siri", "siri"),
    ("Siri, {{Alexa}} oder", "alexa"),
    ("Google Assistent", "google-assistant"),
    ("von {{Microsoft}}, Apple", "microsoft"),
    ("{{Apple}}, Amazon", "apple"),
    ("Apple, {{Amazon}} und Google", "amazon"),
    ("und {{Google}} tippen", "google"),
    ("Shoshana Zuboff", "shoshana-zuboff"),
    ("{{Amazon}} geht bei", "amazon"),
    ("Gründungstagen von {{Amazon}}", "amazon"),
    ("scheint {{Amazon}} jedoch", "amazon"),
    ("{{Amazon}} war stets", "amazon"),
    ("{{Jeff Bezos}} bezeichnete", "jeff-bezos"),
    ("bezeichnete {{Amazon}} daher", "amazon"),
    ("auf {{Amazon}} weiter", "amazon"),
    ("Das {{Amazon}}-Imperium", "amazon"),
    ("Tochterfirmen von {{Amazon}}", "amazon"),
    ("Prime Video", "prime-video"),
    ("produziert {{Amazon}} Filme", "amazon"),
    ("besitzt {{Amazon}} mit IMDb", "amazon"),
    ("mit {{IMDb}} die", "imdb"),
    ("Mittlerweile besitzt {{Amazon}} neben", "amazon"),
    ("Videoportal {{Twitch}}", "twitch"),
    ("Amazon Web Services", "aws"),
    ("({{AWS}})", "aws"),
    ("kaufte {{Jeff Bezos}} die", "jeff-bezos"),
    ("die {{Washington Post}}", "washington-post"),
    ("Seit der {{Amazon}}-Gründung", "amazon"),
    ("{{Jeff Bezos}} scheint", "jeff-bezos"),
    ("laut {{Bezos}} dazu", "jeff-bezos"),
    ("solle {{Amazon}} sich", "amazon"),
    ("{{Amazon}} sehe dementsprechend", "amazon"),
    ("habe {{Amazon}} seit", "amazon"),
    ("von {{Alexa}}- und", "alexa"),
    ("und {{Echo}}-Systemen", "echo"),
    ("wie {{Bezos}} meint", "jeff-bezos"),
    ("hat {{Amazon}} schließlich", "amazon"),
    ("wo {{Amazon}} mit Alexa", "amazon"),
    ("mit {{Alexa}} auf die", "alexa"),
    ("Kamerasysteme von {{Ring}}*", "ring"),
    ("der Firma {{Ring}} am Ende", "ring"),
    ("{{Ring}} produziert", "ring"),
    ("koppelbar mit {{Alexa}}", "alexa"),
    ("der {{Neighbors-App}}, einem", "neighbors-app"),
    ("nur in den {{USA}} erhältlich", "usa"),
    ("vor allem in den {{USA}} bekannt", "usa"),
    ("arbeitete {{Amazon}} dort", "amazon"),
    ("animierten, {{Amazons}} Produkte", "amazon"),
    ("Kameras in den {{USA}} verkauft", "usa"),
    ("und {{Amazon}}-Mitarbeiter*innen sowieso", "amazon"),
    ("hat {{Amazon}} angekündigt", "amazon"),
    ("die {{Ring}}-Produkte", "ring"),
    ("Gesichtserkennungssoftware {{Rekognition}} kombinieren", "rekognition"),
    ("{{Amazon}} hat daraufhin", "amazon"),
    ("Verwendung von {{Rekognition}} für", "rekognition"),
    ("der {{Black-Lives-Matter}}-Bewegung", "black-lives-matter"),
    ("zwischen {{Ring}} und der Polizei", "ring"),
    ("zwischen {{Amazon}} und dem US-Militär", "amazon"),
    ("dem {{US-Militär}},", "us-military"),
    ("dem {{CIA}},", "cia"),
    ("dem {{US-Verteidigungsministerium}}", "department-of-defense"),
    ("rückt {{Amazon}} weltweit", "amazon"),
    ("gibt {{Amazon}} auch", "amazon"),
    ("Doch {{Amazon}} scheint ganz", "amazon"),
    ("Die {{EU-Kommission}}", "european-commission"),
    ("In den {{USA}} sollen", "usa"),
    ("Lieferdrohnen von {{Amazon}}", "amazon"),
    ("*{{Ring Deutschland}}", "ring"),
    ("Sprecher von {{Ring}} hat", "ring"),
    ("Statement {{Ring}} zum", "ring"),
    ("Gottes Werk und {{Alexas}} Beitrag", "alexa"),
    ("– mit {{Amazon}} zum Überwachungsstaat?“", "amazon"),
    ("Flurfunk-Dresden.de", "flurfunk-dresden"),
    ("ist für {{Ring}} von", "ring"),
    ("die {{Ring}}-Geräte", "ring"),
    ("für die {{USA}} gilt", "usa"),
    ("in der {{Neighbors App}} mit der Polizei", "neighbors-app"),
    ("in der {{Neighbors App}} veröffentlicht", "neighbors-app"),
    ("Die {{Neighbors App}} ist allerdings", "neighbors-app"),
    ("allerdings nur in den {{USA}} verfügbar", "usa"),
    ("des {{Ring}}-Teams", "ring"),
    ("einem {{Ring}}-Gerät", "ring"),
    ("bestimmte {{Ring}}-Videoaufzeichnungen", "ring"),
    ("freigegebenen {{Ring}}-Videos", "ring"),
    ("aus der {{Neighbors-App}} (gemäß", "neighbors-app"),
    ("der {{Ring}}-Nutzer", "ring"),
    ("(Die {{Neighbors App}} ist nur", "neighbors-app"),
    ("ist nur in den {{USA}} verfügbar)", "usa"),
    ("{{Ring}} verwendet keine", "ring"),
    ("{{Ring}} ist nicht", "ring"),
    ("nicht {{Rekognition}} und", "rekognition"),
    ("das {{Ring}}-Team stimmt", "ring"),
    ("nicht mit {{Rekognition}} ab", "rekognition"),
    ("Netzwerks von {{Ring}} zusammen", "ring"),
],
"002_f08923bbbf1d2df1": [
    ("aandeelhouders van {{Amazon}}", "amazon"),
    ("Jeff Bezos", "jeff-bezos"),
    ("gezichtsherkenningssoftware {{Rekognition}} aan", "rekognition"),
    ("The Hill", "the-hill"),
    ("door {{IBM}} aan", "ibm"),
    ("“{{IBM}} nam", "ibm"),
    ("van {{AWS}} clouddiensten", "aws"),
    ("aan {{Palantir}}. Die", "palantir"),
    ("aan {{ICE}}, de", "ice"),
    ("ICE, de {{Amerikaanse immigratiedienst}}", "ice"),
    ("Dat {{Amazon}} samenwerkt", "amazon"),
    ("de {{ACLU}} –", "aclu"),
    ("Verenigde Staten", "usa"),
    ("{{Palantir}} werkt verder", "palantir"),
    ("met de {{Amerikaanse immigratiedienst}} en", "ice"),
    ("medewerkers van {{Amazon}} stellen", "amazon"),
    ("rol van {{Amazon}} hierin", "amazon"),
    ("{{Amazon}} is niet", "amazon"),
    ("dat {{Google}} het", "google"),
    ("het {{Pentagon}} helpt", "department-of-defense"),
    ("medewerkers van {{Microsoft}}", "microsoft"),
    ("samenwerking met {{ICE}}.", "ice"),
],
"003_9be7f01c49a02bb1": [
    ("Log in with {{Twitter}}", "twitter"),
    ("image{{Amazon}} workers", "amazon"),
    ("Ken Hanly", "ken-hanly"),
    ("{{Seattle}} - Workers", "seattle"),
    ("Workers at {{Amazon}} are", "amazon"),
    ("the {{U.S.}} government", "usa"),
    ("CEO {{Jeff Bezos}} cites", "jeff-bezos"),
    ("immigrants by {{ICE}} as", "ice"),
    ("{{IBM's}} sale", "ibm"),
    ("{{IBM}} did not", "ibm"),
    ("\n{{Amazon Web Services}} Rekognition and AWS", "aws"),
    ("Amazon Web Services {{Rekognition}} and AWS", "rekognition"),
    ("and {{AWS}} cloud services\n", "aws"),
    ("that {{Amazon Web Services}} Rekognition,", "aws"),
    ("Web Services {{Rekognition}}, the", "rekognition"),
    ("The {{AWS}} cloud services should", "aws"),
    ("sold to {{Palantir}}. Palantir is", "palantir"),
    ("{{Palantir}} is a data", "palantir"),
    ("Immigration and Customs Enforcement", "ice"),
    ("({{ICE}}).", "ice"),
    ("sale of {{Rekognition}} software", "rekognition"),
    ("American Civil Liberties Union", "aclu"),
    ("({{ACLU}}) investigation", "aclu"),
    ("The {{ACLU}} warned", "aclu"),
    ("in the {{US}}.", "usa"),
    ("{{Palantir}} has been", "palantir"),
    ("with {{ICE}} since", "ice"),
    ("when {{Obama}} was", "barack-obama"),
    ("at the {{US}} border", "usa"),
    ("about {{Palantir}}:", "palantir"),
    ("that {{Palantir}} runs", "palantir"),
    ("runs on {{AWS}}.", "aws"),
    ("that {{ICE}} relies", "ice"),
    ("relies on {{Palantir}} to", "palantir"),
    ("as {{U.S.}} authorities", "usa"),
    ("Department of Homeland Security", "dhs"),
    ("U.N. Refugee Agency", "unhcr"),
    ("immoral {{U.S.}} policy", "usa"),
    ("the {{U.S.’s}} increasingly", "usa"),
    ("that {{Amazon}} is implicated", "amazon"),
    ("enable {{ICE}} and DHS", "ice"),
    ("and {{DHS}}.", "dhs"),
    ("protests at {{Amazon}} will", "amazon"),
    ("The {{Amazon}} protest", "amazon"),
    ("ones at {{Google}} and", "google"),
    ("and {{Microsoft}}\n", "microsoft"),
    ("successful and {{Google}} pulled", "google"),
    ("{{Google}} had offered", "google"),
    ("US Department of Defense", "department-of-defense"),
    ("Project Maven", "project-maven"),
    ("3,100 {{Google}} employees", "google"),
    ("Sundar Pichai", "sundar-pichai"),
    ("the {{Google}} CEO", "google"),
    ("said that {{Google}} should", "google"),
    ("{{Microsoft}} has attempted", "microsoft"),
    ("work with {{ICE}} but", "ice"),
    ("{{Microsoft}} CEO Satya", "microsoft"),
    ("Satya Nadella", "satya-nadella"),
    ("More about {{Amazon}},", "amazon"),
    ("software, {{amazon}} workers", "amazon"),
],
"004_c6ac50e79292f642": [
    # Die Proteste …
    ("wie {{Facebook}}, das", "facebook"),
    ("und {{Amazon}}, die zur", "amazon"),
    ("Aber {{Microsoft}}, das", "microsoft"),
    ("über {{Microsofts}} Cloud", "microsoft"),
    ("\n{{Microsofts}} Verbindungen", "microsoft"),
    ("an {{George Floyd}} sich", "george-floyd"),
    ("von {{Microsofts}} eigener Massen", "microsoft"),
    ("dem {{Domain Awareness System}}, das für", "domain-awareness-system"),
    ("New Yorker Polizei", "nypd"),
    ("auf {{Atlanta}}, Brasilien", "atlanta"),
    ("{{Brasilien}} und Singapur", "brazil"),
    ("und {{Singapur}} ausgeweitet", "singapore"),
    ("dass {{Microsoft}} sich mit", "microsoft"),
    ("der {{Azure}}-Abteilung", "azure"),
    ("dass {{Microsoft}} Plattformen", "microsoft"),
    ("die von {{Microsoft}} zur Verfügung gestellt wird, bietet", "microsoft"),
    ("{{Genetec}} bietet Cloud", "genetec"),
    ("großen {{US}}-Städten", "usa"),
    ("{{Veritone}} bietet den", "veritone"),
    ("Microsoft Advanced Patrol Plattform", "mapp"),
    ("zusammen mit {{Microsoft}} durchgeführt", "microsoft"),
    ("der {{Azure Government Cloud}} gehostet", "azure-government"),
    ("von {{Microsoft}}-Angestellten", "microsoft"),
    ("Satya Nadella", "satya-nadella"),
    ("Black Lives Matter", "black-lives-matter"),
    ("ignorierte {{Microsoft}} die", "microsoft"),
    ("den {{Vereinigten Staaten}}", "usa"),
    ("von {{Microsofts}} anderen", "microsoft"),
    ("was {{Microsofts}} besagte", "microsoft"),
    ("wie lange {{Microsoft}} einer", "microsoft"),
    ("und {{Microsoft}} ist zusammen", "microsoft"),
    ("mit {{Amazon}} und anderen", "amazon"),
    ("in der {{Azure}}-Cloud beherbergen", "azure"),
    ("von {{Microsofts}} Beteiligung", "microsoft"),
    ("\n{{Microsoft}}: Vom polizeilichen", "microsoft"),
    ("zur {{Azure}} Cloud", "azure"),
    ("leistete {{Microsoft}} wichtige", "microsoft"),
    ("für das {{NYPD}}, dem", "nypd"),
    ("so genannten {{Domain Awareness System}} (DAS)", "domain-awareness-system"),
    ("({{DAS}}), das 2012", "domain-awareness-system"),
    ("Leitung von {{Microsoft}} zusammen", "microsoft"),
    ("mit {{NYPD}}-Beamt:innen", "nypd"),
    ("Das {{DAS}} integriert", "domain-awareness-system"),
    ("Durch das {{DAS}} beobachtet", "domain-awareness-system"),
    ("das {{NYPD}} die persönlichen", "nypd"),
    ("geokodierte {{NYPD}}-Aufzeichnungen", "nypd"),
    ("9000 {{NYPD}}- und privat", "nypd"),
    ("Während das {{DAS}} einige", "domain-awareness-system"),
    ("der {{Microsoft}}-Polizeidienste", "microsoft"),
    ("hat {{Microsoft}} sein Geschäft", "microsoft"),
    ("Angebote, {{Azure Government}}, bietet", "azure-government"),
    ("{{USA}} hat Microsoft mehrere", "usa"),
    ("hat {{Microsoft}} mehrere", "microsoft"),
    ("mehrere {{Azure Government Cloud}} Center", "azure-government"),
    ("dass {{Microsoft}} eine Abteilung", "microsoft"),
    ("\n{{Microsofts}} polizeiliche Überwachungsdienste", "microsoft"),
    ("allgemeiner {{Azure}}-Cloud-Dienste", "azure"),
    ("wie {{Power BI}} (Business", "power-bi"),
    ("\n{{Microsofts}} überwachungsbasierter", "microsoft"),
    ("Angebot von {{Microsofts}} Cloud", "microsoft"),
    ("„{{The Connected Officer}}“", "connected-officer"),
    ("{{Microsoft}} situiert", "microsoft"),
    ("Der „{{Connected Officer}}“, so", "connected-officer"),
    ("hat es {{Microsoft}} geschrieben", "microsoft"),
    ("durch {{Microsofts}} Azure Stream", "microsoft"),
    ("Azure Stream Analytics", "azure-stream-analytics"),
    ("auf der {{Azure}}-Cloud gespeichert", "azure"),
    ("durch {{Microsoft}} Analyselösungen", "microsoft"),
    ("wie {{Power BI}} erweitert", "power-bi"),
    ("denen {{Microsoft}} Geld", "microsoft"),
    ("Während der „{{Connected Officer}}“ eine", "connected-officer"),
    ("Microsoft Advanced Patrol Platform", "mapp"),
    ("oder {{MAPP}}. MAPP ist", "mapp"),
    ("{{MAPP}} ist eine IoT", "mapp"),
    ("auf der {{Azure}}-Cloud integriert", "azure"),
    ("Das {{MAPP}}-Fahrzeug ist mit", "mapp"),
    ("in die {{Azure}}-Cloud streamen", "azure"),
    ("Live-Videos an {{Azure}} und", "azure"),
    ("Datenbank in {{Azure}} abgleichen", "azure"),
    ("von {{Genetecs}} Nummernschild", "genetec"),
    ("Lesegerät {{AutoVu}} betrieben", "autovu"),
    ("vom {{Microsoft}}-Partner", "microsoft"),
    ("Partner {{Aeryon Labs}}, dem", "aeryon-labs"),
    ("dem {{SkyRanger}}, zur", "skyranger"),
    ("({{Aeryon Labs}} ist jetzt", "aeryon-labs"),
    ("FLIR Systems", "flir-systems"),
    ("der {{MAPP}}-Plattform", "mapp"),
    ("Produkte von {{ReconRobotics}}, zum", "reconrobotics"),
    ("mit {{Microsofts}} Programm", "microsoft"),
    ("‚{{Streifenwagen der Zukunft}}‘", "patrol-car-of-the-future"),
    ("{{Microsoft}} sagt, dass ReconRobotics", "microsoft"),
    ("dass {{ReconRobotics}} sein", "reconrobotics"),
    ("sein {{MAPP}}-Fahrzeug mit einem", "mapp"),
    ("Partner von {{Microsoft}}, SuperDroid", "microsoft"),
    ("SuperDroid Robots", "superdroid-robots"),
    ("das {{Microsoft}} MAPP-Fahrzeug", "microsoft"),
    ("Microsoft {{MAPP}}-Fahrzeug", "mapp"),
    ("„{{Jack Russell}}“", "jack-russell"),
    ("„{{Bloodhound}}“", "bloodhound"),
    ("ein {{Microsoft}}-Abzeichen", "microsoft"),
    ("für {{MAPP}} verwendet", "mapp"),
    ("durch {{Microsoft}}, und", "microsoft"),
    ("dem {{Microsoft}}-Label", "microsoft"),
    ("stellt {{Microsoft}} MAPP", "microsoft"),
    ("Microsoft {{MAPP}} als Plattform", "mapp"),
    ("so {{Microsoft}}.\n", "microsoft"),
    ("in der {{Azure}}-Cloud gesammelt", "azure"),
    ("wobei {{MAPP}}-Fahrzeuge", "mapp"),
    ("südafrikanische Polizei", "saps"),
    ("dass {{Microsoft}} eine Partnerschaft", "microsoft"),
    ("Stadt {{Durban}} für", "durban"),
    ("{{Durbans}} Version", "durban"),
    ("der {{MAPP}}-Lösung beinhaltet", "mapp"),
    ("Hikvision", "hikvision"),
    ("ITWeb", "itweb"),
    ("die {{MAPP}}-Lösung „zur", "mapp"),
    ("in {{Kapstadt}} ausgerollt", "cape-town"),
    ("wo {{Microsoft}} kürzlich", "microsoft"),
    ("neues {{Azure}}-Rechenzentrum", "azure"),
    ("wie die {{USA}}, sieht", "usa"),
    ("sieht sich {{Südafrika}} der", "south-africa"),
    ("eigenen {{George Floyd}}-Moment", "george-floyd"),
    ("Collins Khosa", "collins-khosa"),
    ("armen {{Alexandra}}-Stadtgemeinde", "alexandra"),
    ("Die {{MAPP}}-Lösung wird", "mapp"),
    ("Metro-Polizeisprecher von {{Durban}}", "durban"),
    ("Parboo Sewpersad", "parboo-sewpersad"),
    ("das {{MAPP}}-Fahrzeug sonst", "mapp"),
    ("Rollout in {{Südafrika}}", "south-africa"),
    ("dass {{Microsoft}} Afrika", "microsoft"),
    ("\n{{Microsoft}}: Versorgung", "microsoft"),
    ("Einnahmequelle für {{Microsoft}}", "microsoft"),
    ("Anbieter, {{Genetec}}, bietet", "genetec"),
    ("in {{Microsofts}} Domain", "microsoft"),
    ("Microsofts {{Domain Awareness System}} an.", "domain-awareness-system"),
    ("Partner von {{Microsoft}}, arbeiten", "microsoft"),
    ("auf der {{Azure}}-Cloud.\n", "azure"),
    ("benutzen {{Genetec}} und", "genetec"),
    ("Genetec und {{Microsoft}} für", "microsoft"),
    ("„{{Operation Shield}}“", "operation-shield"),
    ("ist {{Atlantas}} Kameranetzwerk", "atlanta"),
    ("In {{Chicago}} decken", "chicago"),
    ("nutzt derzeit {{Genetec}} Stratocast", "genetec"),
    ("Genetec {{Stratocast}} und Genetecs", "stratocast"),
    ("und {{Genetecs}} Federation", "genetec"),
    ("Federation Service", "genetec-federation"),
    ("hat {{Genetec}} ihre", "genetec"),
    ("ihre {{Citigraf}}-Plattform", "citigraf"),
    ("Chicago Police Department", "chicago-police-department"),
    ("{{Citigraf}} wird von", "citigraf"),
    ("von {{Microsoft}} Azure betrieben", "microsoft"),
    ("Microsoft {{Azure}} betrieben", "azure"),
    ("für das {{CPD}} zu", "chicago-police-department"),
    ("{{Microsoft}} arbeitet mit", "microsoft"),
    ("arbeitet mit {{Genetec}} zusammen", "genetec"),
    ("Stadt {{Detroit}} benutzt", "detroit"),
    ("benutzt {{Genetec}} Stratocast", "genetec"),
    ("Genetec {{Stratocast}} und Microsoft", "stratocast"),
    ("und {{Microsoft}} Azure, um", "microsoft"),
    ("Microsoft {{Azure}}, um", "azure"),
    ("umstrittenes {{Project Green Light}}", "project-green-light"),
    ("Polizei von Detroit", "detroit-police-department"),
    ("Detroit Police Department", "detroit-police-department"),
    ("Überwachung in {{Detroit}} ging", "detroit"),
    ("das {{Projekt Green Light}} etwa", "project-green-light"),
    ("Städten wie {{Chicago}} im", "chicago"),
    ("Ermordung von {{George Floyd}}", "george-floyd"),
    ("in {{Detroit}} ihre", "detroit"),
    ("das {{Projekt Green Light}} im Kampf", "project-green-light"),
    ("Robert Julian-Borchak Williams", "robert-williams"),
    ("Michael Oliver", "michael-oliver"),
    ("des {{DPD}} falsch", "detroit-police-department"),
    ("Nakia Wallace", "nakia-wallace"),
    ("Detroit Will Breathe", "detroit-will-breathe"),
    ("dass {{Project Green Light}} Menschen", "project-green-light"),
    ("das [{{DPD}}]", "detroit-police-department"),
    ("sagte {{Wallace}}, ist", "nakia-wallace"),
    ("Bürger:innen von {{Detroit}} haben", "detroit"),
    ("prahlte {{Microsoft}} mit", "microsoft"),
    ("mit {{Genetec}} für den", "genetec"),
    ("für den {{DPD}} und", "detroit-police-department"),
    ("das {{Projekt Green Light}} „ein", "project-green-light"),
    ("\n{{Microsoft}} und die Gesichtserkennungstechnologie", "microsoft"),
    ("Während {{Microsoft}} die Geheimdienst", "microsoft"),
    ("schloss sich {{Microsoft}} Amazon", "microsoft"),
    ("Microsoft {{Amazon}} und IBM", "amazon"),
    ("und {{IBM}} an", "ibm"),
    ("wie {{Microsofts}} Beziehung", "microsoft"),
    ("gelegentlich {{Microsofts}} Domain", "microsoft"),
    ("Microsofts {{Domain Awareness System}} kritisiert", "domain-awareness-system"),
    ("die {{Microsoft}}-Polizeiarbeit", "microsoft"),
    ("Irrtum: {{Microsoft}} stellt", "microsoft"),
    ("die {{Microsoft}} betreibt", "microsoft"),
    ("Städte {{New York}}, Atlanta", "new-york"),
    ("New York, {{Atlanta}}, Chicago", "atlanta"),
    ("Atlanta, {{Chicago}} und", "chicago"),
    ("Chicago und {{Detroit}} gehören", "detroit"),
    ("Dienste von {{Microsoft}} nutzen", "microsoft"),
    ("verarbeiten. {{Microsoft}}-Dienste sind", "microsoft"),
    ("Gesichtserkennungsfirma, {{Veritone}}, aus", "veritone"),
    ("Partner von {{Microsoft}}, bietet", "microsoft"),
    ("namens {{IDentify}} an", "identify"),
    ("auf {{Microsofts}} Cloud läuft", "microsoft"),
    ("hat {{Veritone}} kürzlich", "veritone"),
    ("wie {{IDentify}} die Daten", "identify"),
    ("die {{IDentify}}-Software", "identify"),
    ("\n{{Veritone}} behauptet", "veritone"),
    ("welche davon {{IDentify}} benutzen", "identify"),
    ("benutzen. {{Veritone}} hat 2019", "veritone"),
    ("Polizei von Anaheim", "anaheim-police-department"),
    ("\n{{Microsoft}} listet", "microsoft"),
    ("listet {{Veritone}} IDentify", "veritone"),
    ("Veritone {{IDentify}} als", "identify"),
    ("der {{Microsoft}}-Website", "microsoft"),
    ("Fähigkeit von {{IDentify}}:", "identify"),
    ("\n{{Microsoft}} und die Irreführung", "microsoft"),
    ("bietet {{Microsoft}} durch", "microsoft"),
    ("wie {{Veritone}} und Genetec", "veritone"),
    ("Veritone und {{Genetec}} und", "genetec"),
    ("sein {{Domain Awareness System}} Gesichts", "domain-awareness-system"),
    ("\n{{Microsofts}} Strategie", "microsoft"),
    ("drängt {{Microsoft}}-Präsident", "microsoft"),
    ("Brad Smith", "brad-smith"),
    ("Frage von {{Microsofts}}", "microsoft"),
    ("\n{{Microsoft}} und seine Befürworter", "microsoft"),
    ("bei {{Azure}} um", "azure"),
    ("wie sie {{Microsoft}}-Software", "microsoft"),
    ("arbeiten diese Firmen mit {{Microsoft}} zusammen", "microsoft"),
    ("zusammen und {{Microsoft}} wird", "microsoft"),
    ("auf der {{Azure}}-Cloud laufen", "azure"),
    ("diese {{Microsoft}}-Clients", "microsoft"),
    ("in der {{Azure}}-Cloud anbieten", "azure"),
    ("würde {{Microsoft}} sicherlich", "microsoft"),
    ("Öffentlichkeit {{Microsoft}} tatsächlich", "microsoft"),
    ("The Intercept", "the-intercept"),
],
}

# (a, relation, b, first words of the passage, last words of the passage)
PAIRS = {
"000_5fc0c75c47dbb2ca": [
    ("amazon", "sells_to", "ice", "Amazon will seine", "ICE verkaufen."),
    ("amazon", "owns", "rekognition", "Amazon will seine", "ICE verkaufen."),
    ("rekognition", "supplies", "ice", "Amazon-Angestellte protestieren", "an ICE."),
    ("dhs", "owns", "ice", "Das ICE ist eine", "Heimatschutz."),
    ("orlando", "customer_of", "rekognition", "Kritiker fürchten", "Orlando eingesetzt."),
    ("jeff-bezos", "works_with", "amazon", "Amazon-Chef Bezos machte", "im Bilde ist."),
    ("google", "works_with", "us-military", "Vor einigen Monaten protestierten", "des US-Militärs."),
],
"001_5cb7b3a923d436c0": [
    ("jeff-bezos", "works_with", "amazon", "Jeff Bezos bezeichnete Amazon", "auf Amazon weiter."),
    ("amazon", "owns", "prime-video", "Unter Prime Video", "E-Sports-Turniere."),
    ("amazon", "owns", "imdb", "Außerdem besitzt Amazon", "Speditionsfirma."),
    ("amazon", "owns", "twitch", "Mittlerweile besitzt Amazon", "Videoportal Twitch."),
    ("amazon", "owns", "aws", "Mittlerweile besitzt Amazon", "Anbieter der Welt."),
    ("jeff-bezos", "owns", "washington-post", "Darüber hinaus kaufte", "ermöglichen soll."),
    ("amazon", "owns", "alexa", "Doch wo Amazon mit Alexa", "globalen Ängste."),
    ("ring", "owns", "neighbors-app", "Ring produziert Kameras", "USA erhältlich ist."),
    ("ring", "works_with", "alexa", "Ring produziert Kameras", "USA erhältlich ist."),
    ("amazon", "owns", "ring", "Um den Gruselfaktor", "kombinieren zu können."),
    ("amazon", "owns", "rekognition", "Amazon hat daraufhin", "untersagt."),
    ("amazon", "works_with", "us-military", "Zudem bestehen bereits", "Sicherheitsbehörden."),
    ("amazon", "works_with", "cia", "Zudem bestehen bereits", "Sicherheitsbehörden."),
    ("amazon", "works_with", "department-of-defense", "Zudem bestehen bereits", "Sicherheitsbehörden."),
],
"002_f08923bbbf1d2df1": [
    ("jeff-bezos", "works_with", "amazon", "Vorige week", "aan overheden."),
    ("amazon", "owns", "rekognition", "Vorige week", "aan overheden."),
    ("aws", "sells_to", "palantir", "Op de tweede plek", "aan Palantir."),
    ("palantir", "supplies", "ice", "Palantir werkt verder", "deporteren."),
    ("google", "works_with", "department-of-defense", "In maart bleek", "dronebeelden."),
    ("microsoft", "works_with", "ice", "Ook eisten", "met ICE."),
],
"003_9be7f01c49a02bb1": [
    ("amazon", "sells_to", "usa", "Workers at Amazon are demanding", "human rights."),
    ("jeff-bezos", "works_with", "amazon", "Workers at Amazon are demanding", "by law enforcement."),
    ("aws", "owns", "rekognition", "The workers said that", "to law enforcement."),
    ("palantir", "supplies", "ice", "Palantir is a data", "(ICE)."),
    ("palantir", "runs_on", "aws", "We also know that Palantir", "runs on AWS."),
    ("amazon", "supplies", "ice", "In the face of this immoral", "enable ICE and DHS."),
    ("amazon", "supplies", "dhs", "In the face of this immoral", "enable ICE and DHS."),
    ("google", "supplies", "department-of-defense", "Google had offered", "Project Maven."),
    ("google", "works_with", "project-maven", "Google had offered", "Project Maven."),
    ("department-of-defense", "owns", "project-maven", "Google had offered", "Project Maven."),
    ("sundar-pichai", "works_with", "google", "More than 3,100 Google", "involvement."),
    ("microsoft", "works_with", "ice", "Microsoft has attempted", "internal dissent."),
    ("satya-nadella", "works_with", "microsoft", "Microsoft CEO Satya Nadella", "and email."),
],
"004_c6ac50e79292f642": [
    ("microsoft", "owns", "domain-awareness-system", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("domain-awareness-system", "supplies", "nypd", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("microsoft", "supplies", "nypd", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("domain-awareness-system", "supplies", "atlanta", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("domain-awareness-system", "supplies", "brazil", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("domain-awareness-system", "supplies", "singapore", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("microsoft", "supplies", "brazil", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("microsoft", "supplies", "singapore", "Dies lenkt die Aufmerksamkeit", "ausgeweitet wurde."),
    ("microsoft", "owns", "azure", "Es verschleiert auch", "vorantreibt."),
    ("satya-nadella", "works_with", "microsoft", "Letzten Monat haben hunderte", "zu befürworten."),
    ("microsoft", "owns", "azure-government", "In den USA hat Microsoft", "aufgebaut."),
    ("microsoft", "owns", "connected-officer", "Ein reichhaltiges Angebot", "präsentiert."),
    ("microsoft", "owns", "azure-stream-analytics", "Die Daten werden durch", "Geld verdienen kann."),
    ("microsoft", "owns", "power-bi", "Die Daten werden durch", "Geld verdienen kann."),
    ("mapp", "runs_on", "azure", "MAPP ist eine IoT-Plattform", "Schichtberichten und mehr“."),
    ("genetec", "owns", "autovu", "Das Fahrzeug ist außerdem", "AutoVu betrieben wird."),
    ("autovu", "runs_on", "azure", "Das Fahrzeug ist außerdem", "AutoVu betrieben wird."),
    ("genetec", "runs_on", "azure", "Das Fahrzeug ist außerdem", "AutoVu betrieben wird."),
    ("autovu", "supplies", "mapp", "Das MAPP-Fahrzeug ist mit", "AutoVu betrieben wird."),
    ("genetec", "supplies", "mapp", "Das MAPP-Fahrzeug ist mit", "AutoVu betrieben wird."),
    ("aeryon-labs", "partners_with", "microsoft", "Eine Drohne, die vom", "Echtzeit-Streaming-Videos."),
    ("aeryon-labs", "owns", "skyranger", "Eine Drohne, die vom", "Echtzeit-Streaming-Videos."),
    ("flir-systems", "owns", "aeryon-labs", "Aeryon Labs ist jetzt", "FLIR Systems."),
    ("reconrobotics", "supplies", "patrol-car-of-the-future", "Produkte von ReconRobotics", "im Jahr 2016."),
    ("microsoft", "owns", "patrol-car-of-the-future", "Produkte von ReconRobotics", "im Jahr 2016."),
    ("reconrobotics", "supplies", "microsoft", "Produkte von ReconRobotics", "im Jahr 2016."),
    ("reconrobotics", "supplies", "mapp", "Microsoft sagt, dass ReconRobotics", "zu liefern“."),
    ("superdroid-robots", "partners_with", "microsoft", "Ein weiterer Partner", "überwinden kann."),
    ("superdroid-robots", "supplies", "mapp", "Ein weiterer Partner", "überwinden kann."),
    ("superdroid-robots", "owns", "jack-russell", "Ein weiterer Partner", "überwinden kann."),
    ("superdroid-robots", "owns", "bloodhound", "Ein weiterer Partner", "überwinden kann."),
    ("jack-russell", "supplies", "mapp", "Ein weiterer Partner", "überwinden kann."),
    ("bloodhound", "supplies", "mapp", "Ein weiterer Partner", "überwinden kann."),
    ("jack-russell", "supplies", "microsoft", "Ein weiterer Partner", "überwinden kann."),
    ("bloodhound", "supplies", "microsoft", "Ein weiterer Partner", "überwinden kann."),
    ("microsoft", "owns", "mapp", "Vielmehr stellt Microsoft MAPP", "so Microsoft."),
    ("microsoft", "partners_with", "durban", "Letzten Oktober kündigte", "eingegangen ist."),
    ("durban", "customer_of", "mapp", "Durbans Version", "Veranstaltung)."),
    ("hikvision", "supplies", "mapp", "Durbans Version", "Veranstaltung)."),
    ("hikvision", "supplies", "durban", "Durbans Version", "Veranstaltung)."),
    ("cape-town", "customer_of", "mapp", "Laut dem südafrikanischen", "digitalen Kolonialismus."),
    ("parboo-sewpersad", "works_with", "durban", "Zum Beispiel sagte", "zu bestrafen."),
    ("genetec", "supplies", "domain-awareness-system", "Ein führender VMS-Anbieter", "Domain Awareness System an."),
    ("atlanta", "works_with", "operation-shield", "Durch eine öffentlich-private", "abdecken werden."),
    ("genetec", "owns", "stratocast", "Das Back-End nutzt", "sozusagen."),
    ("genetec", "owns", "genetec-federation", "Das Back-End nutzt", "sozusagen."),
    ("chicago", "customer_of", "genetec", "In Chicago decken", "sozusagen."),
    ("chicago", "customer_of", "stratocast", "In Chicago decken", "sozusagen."),
    ("chicago", "customer_of", "genetec-federation", "In Chicago decken", "sozusagen."),
    ("genetec", "owns", "citigraf", "Im Jahr 2017 hat Genetec", "zu verstehen."),
    ("genetec", "supplies", "chicago-police-department", "Im Jahr 2017 hat Genetec", "zu verstehen."),
    ("citigraf", "supplies", "chicago-police-department", "Im Jahr 2017 hat Genetec", "zu verstehen."),
    ("citigraf", "runs_on", "azure", "Citigraf wird von", "Datenbankeinträgen auf."),
    ("citigraf", "runs_on", "microsoft", "Citigraf wird von", "Datenbankeinträgen auf."),
    ("detroit", "customer_of", "genetec", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("detroit", "customer_of", "stratocast", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("detroit", "customer_of", "azure", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("detroit", "owns", "project-green-light", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("project-green-light", "runs_on", "stratocast", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("project-green-light", "runs_on", "azure", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("project-green-light", "runs_on", "genetec", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("project-green-light", "runs_on", "microsoft", "Die Stadt Detroit benutzt", "anzutreiben."),
    ("project-green-light", "supplies", "detroit-police-department", "Die Stadt Detroit benutzt", "zu übertragen."),
    ("nakia-wallace", "works_with", "detroit-will-breathe", "Nakia Wallace, eine", "belästigt“."),
    ("microsoft", "partners_with", "genetec", "In einem Blogbeitrag", "verbessern können“."),
    ("microsoft", "supplies", "detroit-police-department", "In einem Blogbeitrag", "verbessern können“."),
    ("genetec", "supplies", "detroit-police-department", "In einem Blogbeitrag", "verbessern können“."),
    ("new-york", "customer_of", "microsoft", "Die Städte New York", "zu verarbeiten."),
    ("atlanta", "customer_of", "microsoft", "Die Städte New York", "zu verarbeiten."),
    ("chicago", "customer_of", "microsoft", "Die Städte New York", "zu verarbeiten."),
    ("detroit", "customer_of", "microsoft", "Die Städte New York", "zu verarbeiten."),
    ("identify", "runs_on", "microsoft", "Das südkalifornische Unternehmen", "zu markieren."),
    ("veritone", "works_with", "anaheim-police-department", "Veritone hat 2019", "gestartet."),
    ("veritone", "owns", "identify", "Microsoft listet Veritone", "online auf."),
    ("microsoft", "partners_with", "veritone", "Trotz gegenteiliger", "Strafverfolgung an."),
    ("brad-smith", "works_with", "microsoft", "Stattdessen drängt", "angeboten werden."),
],
}
# fmt: on

TYPES = ("organisation", "agency", "product", "city", "country", "person")
RELATIONS = ("sells_to", "supplies", "partners_with", "runs_on", "owns", "customer_of", "works_with")


def gazetteer_types():
    types = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "gazetteer", "*.csv"))):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                types[row["id"]] = row["type"]
    for entity, kind in NEW_ENTITIES.items():
        assert entity not in types, f"{entity} is in the gazetteer now"
        types[entity] = kind
    return types


def spans(doc, text, entries, types):
    """Turns (context, entity) entries into mentions, in text order."""
    out, cursor = [], 0
    for context, entity in entries:
        m = re.fullmatch(r"(.*)\{\{(.*)\}\}(.*)", context, re.S)
        before, surface = (m.group(1), m.group(2)) if m else ("", context)
        # The context may hold the previous mention, but the surface must come after it.
        plain = context.replace("{{", "").replace("}}", "")
        found = text.find(plain, max(0, cursor - len(before)))
        assert found >= 0, f"{doc}: {context!r} not found after char {cursor}"
        start = found + len(before)
        end = start + len(surface)
        assert text[start:end] == surface
        assert entity in types, f"{doc}: unknown entity {entity}"
        b_start = len(text[:start].encode())
        b_end = b_start + len(surface.encode())
        out.append({"start": b_start, "end": b_end, "surface": surface, "entity": entity, "type": types[entity]})
        cursor = end
    for prev, cur in zip(out, out[1:]):
        assert prev["end"] <= cur["start"], f"{doc}: {prev} overlaps {cur}"
    return out


def passage(doc, text, first, last):
    start = text.find(first)
    assert start >= 0 and text.find(first, start + 1) < 0, f"{doc}: {first!r} is not unique"
    end = text.find(last, start)
    assert end >= 0, f"{doc}: {last!r} not found after {first!r}"
    return start, end + len(last)


def pairs(doc, text, entries, mentions):
    out, seen = [], set()
    for a, relation, b, first, last in entries:
        assert relation in RELATIONS, relation
        key = frozenset((a, b))
        assert key not in seen, f"{doc}: pair {a} – {b} twice"
        seen.add(key)
        start, end = passage(doc, text, first, last)
        b_start, b_end = len(text[:start].encode()), len(text[:end].encode())
        for entity in (a, b):
            assert any(
                m["entity"] == entity and b_start <= m["start"] and m["end"] <= b_end for m in mentions
            ), f"{doc}: the passage of {a} – {b} does not name {entity}"
        out.append({"a": a, "b": b, "relation": relation, "sentence": text[start:end]})
    return out


def render(doc, types):
    text = open(os.path.join(ROOT, "seeds", doc + ".txt"), encoding="utf-8").read()
    mentions = spans(doc, text, MENTIONS[doc], types)
    gold = {"document": doc, "mentions": mentions, "pairs": pairs(doc, text, PAIRS[doc], mentions)}
    lines = ["{", f'  "document": {json.dumps(doc)},', '  "mentions": [']
    lines += ["    " + json.dumps(m, ensure_ascii=False) + "," for m in mentions]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ],", '  "pairs": [']
    lines += ["    " + json.dumps(p, ensure_ascii=False) + "," for p in gold["pairs"]]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ]", "}", ""]
    rendered = "\n".join(lines)
    assert json.loads(rendered) == gold
    return rendered


def main():
    check = "--check" in sys.argv[1:]
    types = gazetteer_types()
    docs = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
    assert docs == sorted(MENTIONS) == sorted(PAIRS), docs
    stale = []
    for doc in docs:
        rendered = render(doc, types)
        path = os.path.join(ROOT, "tests", "gold", doc + ".json")
        if check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if current != rendered:
                stale.append(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(rendered)
    if stale:
        sys.exit("out of date: " + ", ".join(stale))


if __name__ == "__main__":
    main()
