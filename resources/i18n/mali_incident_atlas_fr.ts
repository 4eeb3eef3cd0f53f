<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<!-- French for the plugin and the atlas. Open in Qt Linguist or any text editor; the plugin
     reads this file directly (no compiled .qm), matching messages by their English text. -->
<context>
    <name>MaliIncidentAtlas</name>
    <message>
        <source>Maps of security incidents {in_country}</source>
        <translation>Cartes des incidents sécuritaires {in_country}</translation>
    </message>
    <message>
        <source>Security incidents {in_country}</source>
        <translation>Incidents sécuritaires {in_country}</translation>
    </message>
    <message>
        <source>Map of security incidents in {region}, {month}</source>
        <translation>Carte des incidents sécuritaires : {region}, {month}</translation>
    </message>
    <message>
        <source>Recorded security incidents in {region}, {month}</source>
        <translation>Incidents sécuritaires recensés : {region}, {month}</translation>
    </message>
    <message>
        <source>Recorded security incidents in {region}, {month} (continued)</source>
        <translation>Incidents sécuritaires recensés : {region}, {month} (suite)</translation>
    </message>
    <message>
        <source>Fatalities by region</source>
        <translation>Nombre de morts par région</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Fatalities</source>
        <translation>Morts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Type d'incident</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No incident recorded this month</source>
        <translation>Aucun incident recensé ce mois-ci</translation>
    </message>
    <message>
        <source>SOURCES: {sources}</source>
        <translation>SOURCES : {sources}</translation>
    </message>
    <message>
        <source>CREDIT: {credit}</source>
        <translation>CRÉDIT : {credit}</translation>
    </message>
    <message>
        <source>Sourced from {sources}</source>
        <translation>Sources : {sources}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contact : {contact}</translation>
    </message>
    <message>
        <source>Incident atlas — {month}</source>
        <translation>Atlas des incidents — {month}</translation>
    </message>
    <message>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Regions (faded)</source>
        <translation>Régions (estompées)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Autres pays</translation>
    </message>
    <message>
        <source>Incidents (country maps)</source>
        <translation>Incidents (cartes du pays)</translation>
    </message>
    <message>
        <source>Incidents — {month}</source>
        <translation>Incidents — {month}</translation>
    </message>
    <message>
        <source>Approximate location</source>
        <translation>Localisation approximative</translation>
    </message>
    <message>
        <source>The page's region (red outline)</source>
        <translation>La région de la page (contour rouge)</translation>
    </message>
    <message>
        <source>Other regions and their incidents (faded)</source>
        <translation>Autres régions et incidents (estompés)</translation>
    </message>
    <message>
        <source>Several incidents at one place</source>
        <translation>Plusieurs incidents en un même lieu</translation>
    </message>
    <message>
        <source>{count} or more</source>
        <translation>{count} et plus</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Armed clash</source>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <source>Violence against civilians</source>
        <translation>Violence contre des civils</translation>
    </message>
    <message>
        <source>Airstrike</source>
        <translation>Frappe aérienne</translation>
    </message>
    <message>
        <source>Mortar or rocket attack</source>
        <translation>Tir de mortier ou de roquette</translation>
    </message>
    <message>
        <source>Abduction</source>
        <translation>Enlèvement</translation>
    </message>
    <message>
        <source>IED or grenade</source>
        <translation>Engin explosif improvisé ou grenade</translation>
    </message>
    <message>
        <source>Looting or property destruction</source>
        <translation>Pillage ou destruction de biens</translation>
    </message>
    <message>
        <source>Mob violence or violent demonstration</source>
        <translation>Violence de foule ou manifestation violente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Security forces</source>
        <translation>Forces de sécurité</translation>
    </message>
    <message>
        <source>External forces</source>
        <translation>Forces internationales</translation>
    </message>
    <message>
        <source>Jihadist militants</source>
        <translation>Groupes jihadistes</translation>
    </message>
    <message>
        <source>Militias</source>
        <translation>Milices</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Non identifiés</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Abduction/forced disappearance</source>
        <translation>Enlèvement/disparition forcée</translation>
    </message>
    <message>
        <source>Air/drone strike</source>
        <translation>Frappe aérienne/de drone</translation>
    </message>
    <message>
        <source>Shelling/artillery/missile attack</source>
        <translation>Bombardement/artillerie/missile</translation>
    </message>
    <message>
        <source>Remote explosive/landmine/IED</source>
        <translation>Explosif à distance/mine/EEI</translation>
    </message>
    <message>
        <source>Grenade</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Suicide bomb</source>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <source>Looting/property destruction</source>
        <translation>Pillage/destruction de biens</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>Arrestations</translation>
    </message>
    <message>
        <source>Mob violence</source>
        <translation>Violence de foule</translation>
    </message>
    <message>
        <source>Violent demonstration</source>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <source>Government regains territory</source>
        <translation>Reprise de territoire par le gouvernement</translation>
    </message>
    <message>
        <source>Non-state actor overtakes territory</source>
        <translation>Prise de territoire par un acteur non étatique</translation>
    </message>
    <message>
        <source>Peaceful protest</source>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <source>Disrupted weapons use</source>
        <translation>Usage d'armes déjoué</translation>
    </message>
    <message>
        <source>Change to group/activity</source>
        <translation>Changement de groupe/d'activité</translation>
    </message>
    <message>
        <source>Headquarters or base established</source>
        <translation>Établissement de quartier général ou de base</translation>
    </message>
    <message>
        <source>Non-violent transfer of territory</source>
        <translation>Transfert non violent de territoire</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Incident Atlas (ACLED)</source>
        <translation>Atlas des incidents (ACLED)</translation>
    </message>
    <message>
        <source>Load incident month…</source>
        <translation>Charger un mois d'incidents…</translation>
    </message>
    <message>
        <source>Export atlas…</source>
        <translation>Exporter l'atlas…</translation>
    </message>
    <message>
        <source>Load incident month</source>
        <translation>Charger un mois d'incidents</translation>
    </message>
    <message>
        <source>ACLED export files</source>
        <translation>Fichiers d'export ACLED</translation>
    </message>
    <message>
        <source>ACLED exports (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Exports ACLED (*.csv *.xlsx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>YYYY-MM; the latest month in the files is proposed</source>
        <translation>AAAA-MM ; le mois le plus récent des fichiers est proposé</translation>
    </message>
    <message>
        <source>Region boundaries</source>
        <translation>Limites des régions</translation>
    </message>
    <message>
        <source>Built-in (QGIS's admin-1 polygons)</source>
        <translation>Intégrées (polygones admin-1 de QGIS)</translation>
    </message>
    <message>
        <source>A layer of the project</source>
        <translation>Une couche du projet</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un fichier</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson);;All files (*)</source>
        <translation>Fichiers vecteur (*.gpkg *.shp *.geojson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Region name field</source>
        <translation>Champ du nom de région</translation>
    </message>
    <message>
        <source>Month GeoPackage</source>
        <translation>GeoPackage du mois</translation>
    </message>
    <message>
        <source>A month from ACLED's API goes to its GeoPackage: import export files into the incident store.</source>
        <translation>Un mois issu de l'API d'ACLED va dans son GeoPackage : importez des fichiers d'export dans la base d'incidents.</translation>
    </message>
    <message>
        <source>Incident store</source>
        <translation>Base d'incidents</translation>
    </message>
    <message>
        <source>None: the month's GeoPackage only</source>
        <translation>Aucune : le GeoPackage du mois seulement</translation>
    </message>
    <message>
        <source>A saved PostGIS connection: imports go into this shared store and the month's layers read it; the GeoPackage then holds the region polygons. Without export files, the month is loaded from the store.</source>
        <translation>Une connexion PostGIS enregistrée : les imports vont dans cette base partagée et les couches du mois la lisent ; le GeoPackage garde alors les polygones des régions. Sans fichier d'export, le mois est chargé depuis la base.</translation>
    </message>
    <message>
        <source>{month} loaded from the incident store.</source>
        <translation>{month} chargé depuis la base d'incidents.</translation>
    </message>
    <message>
        <source>{month}: {incidents} incidents in the store ({inserted} new, {updated} updated, {unchanged} unchanged), {rejected} rows rejected.</source>
        <translation>{month} : {incidents} incidents dans la base ({inserted} nouveaux, {updated} mis à jour, {unchanged} inchangés), {rejected} lignes rejetées.</translation>
    </message>
    <message>
        <source>Choose the month's GeoPackage (it keeps the region polygons).</source>
        <translation>Choisissez le GeoPackage du mois (il garde les polygones des régions).</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Importing incidents of {month}</source>
        <translation>Import des incidents de {month}</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Import failed: {error}</source>
        <translation>Échec de l'import : {error}</translation>
    </message>
    <message>
        <source>{month}: {incidents} incidents, {fatalities} fatalities, {rejected} rows rejected.</source>
        <translation>{month} : {incidents} incidents, {fatalities} morts, {rejected} lignes rejetées.</translation>
    </message>
    <message>
        <source>Show rejected rows</source>
        <translation>Voir les lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Cannot add the report '{name}' to the project</source>
        <translation>Impossible d'ajouter le rapport « {name} » au projet</translation>
    </message>
    <message>
        <source>Cannot read {layer} back from {path}</source>
        <translation>Impossible de relire {layer} depuis {path}</translation>
    </message>
    <message>
        <source>Cannot save the project {path}: {error}</source>
        <translation>Impossible d'enregistrer le projet {path} : {error}</translation>
    </message>
    <message>
        <source>Cannot write {layer} to {path}: {message}</source>
        <translation>Impossible d'écrire {layer} dans {path} : {message}</translation>
    </message>
    <message>
        <source>The neighbouring countries could not be cut from QGIS's world map</source>
        <translation>Les pays voisins n'ont pas pu être découpés dans la carte du monde de QGIS</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>Impossible d'écrire {path}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {message}</source>
        <translation>Impossible d'écrire {path} : {message}</translation>
    </message>
    <message>
        <source>The incident store cannot be read: {error}</source>
        <translation>Impossible de lire la base d'incidents : {error}</translation>
    </message>
    <message>
        <source>GeoPackage not found: {path}</source>
        <translation>GeoPackage introuvable : {path}</translation>
    </message>
    <message>
        <source>Layout template missing: {path}</source>
        <translation>Modèle de mise en page manquant : {path}</translation>
    </message>
    <message>
        <source>Layout template not loaded: {path}</source>
        <translation>Modèle de mise en page non chargé : {path}</translation>
    </message>
    <message>
        <source>Layout template unreadable: {path}</source>
        <translation>Modèle de mise en page illisible : {path}</translation>
    </message>
    <message>
        <source>Month '{month}' is not of the form YYYY-MM</source>
        <translation>Le mois « {month} » n'est pas de la forme AAAA-MM</translation>
    </message>
    <message>
        <source>QGIS's world map cannot be read: {path}</source>
        <translation>La carte du monde de QGIS est illisible : {path}</translation>
    </message>
    <message>
        <source>Style {path} not applied ({message})</source>
        <translation>Style {path} non appliqué ({message})</translation>
    </message>
    <message>
        <source>The layout template lacks its item '{id}'</source>
        <translation>Il manque l'élément « {id} » au modèle de mise en page</translation>
    </message>
    <message>
        <source>The overview template lacks its fatalities table</source>
        <translation>Il manque le tableau des morts au modèle de la vue d'ensemble</translation>
    </message>
    <message>
        <source>The region table template lacks its five-column table</source>
        <translation>Il manque le tableau à cinq colonnes au modèle du tableau régional</translation>
    </message>
    <message>
        <source>There is no incident atlas in this project to reset.</source>
        <translation>Ce projet n'a pas d'atlas des incidents à réinitialiser.</translation>
    </message>
    <message>
        <source>There is no incident atlas in this project to save.</source>
        <translation>Ce projet n'a pas d'atlas des incidents à enregistrer.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>{path} has no '{layer}' layer: import the month first</source>
        <translation>{path} n'a pas de couche « {layer} » : importez d'abord le mois</translation>
    </message>
    <message>
        <source>{path}: the incidents lack the fields {fields}</source>
        <translation>{path} : il manque aux incidents les champs {fields}</translation>
    </message>
    <message>
        <source>The PDF {path} is missing after export</source>
        <translation>Le PDF {path} est absent après l'export</translation>
    </message>
    <message>
        <source>The PDF {path} was not written: {reason}</source>
        <translation>Le PDF {path} n'a pas été écrit : {reason}</translation>
    </message>
    <message>
        <source>ACLED export files (CSV, XLSX, API JSON)</source>
        <translation>Fichiers d'export ACLED (CSV, XLSX, JSON de l'API)</translation>
    </message>
    <message>
        <source>Also save a project</source>
        <translation>Enregistrer aussi un projet</translation>
    </message>
    <message>
        <source>Atlas PDF</source>
        <translation>PDF de l'atlas</translation>
    </message>
    <message>
        <source>Build incident atlas layouts</source>
        <translation>Construire les mises en page de l'atlas des incidents</translation>
    </message>
    <message>
        <source>Builds the month's atlas (cover, overview, a map and a table per region) from an imported month GeoPackage, adds its layers and report to the current project's layout manager, and saves the project file when one is given.</source>
        <translation>Construit l'atlas du mois (couverture, vue d'ensemble, une carte et un tableau par région) depuis le GeoPackage d'un mois importé, ajoute ses couches et son rapport au gestionnaire de mises en page du projet, et enregistre le projet si un fichier est donné.</translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation>Doublons écartés</translation>
    </message>
    <message>
        <source>Export incident atlas to PDF</source>
        <translation>Exporter l'atlas des incidents en PDF</translation>
    </message>
    <message>
        <source>Import incident month</source>
        <translation>Importer un mois d'incidents</translation>
    </message>
    <message>
        <source>Imports the month and exports its whole atlas as one PDF (text kept as text). With a project file, the layers and the report are saved too, ready to edit.</source>
        <translation>Importe le mois et exporte tout son atlas en un seul PDF (le texte reste du texte). Avec un fichier de projet, les couches et le rapport sont aussi enregistrés, prêts à modifier.</translation>
    </message>
    <message>
        <source>Incident atlas</source>
        <translation>Atlas des incidents</translation>
    </message>
    <message>
        <source>Incidents loaded</source>
        <translation>Incidents chargés</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>Mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>Month GeoPackage (from Import incident month)</source>
        <translation>GeoPackage du mois (issu de Importer un mois d'incidents)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>QGIS project (*.qgz)</source>
        <translation>Projet QGIS (*.qgz)</translation>
    </message>
    <message>
        <source>Reads ACLED exports, keeps one country and month, rejects unusable rows with the reason (rows in = loaded + rejected), classifies incidents by type and actor group, and writes a styled GeoPackage (layers incidents and rejects).</source>
        <translation>Lit les exports ACLED, garde un pays et un mois, rejette les lignes inutilisables avec leur motif (lignes lues = chargées + rejetées), classe les incidents par type et groupe d'acteurs, et écrit un GeoPackage stylé (couches incidents et rejects).</translation>
    </message>
    <message>
        <source>Region polygons (default: QGIS's own admin-1 polygons)</source>
        <translation>Polygones des régions (par défaut : les polygones admin-1 de QGIS)</translation>
    </message>
    <message>
        <source>Region polygons file (optional)</source>
        <translation>Fichier des polygones des régions (facultatif)</translation>
    </message>
    <message>
        <source>Report '{name}' added</source>
        <translation>Rapport « {name} » ajouté</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot open the region file {path}</source>
        <translation>Impossible d'ouvrir le fichier des régions {path}</translation>
    </message>
    <message>
        <source>Ménaka has no polygon in QGIS's world map (Natural Earth still counts it in Gao): its map is framed on its incidents and drawn without its own boundary. Give current boundaries (Region boundaries, or --regions), e.g. OCHA's admin-1, to outline it.</source>
        <translation>Ménaka n'a pas de polygone dans la carte du monde de QGIS (Natural Earth la compte encore dans Gao) : sa carte est cadrée sur ses incidents et dessinée sans sa limite. Donnez des limites à jour (Limites des régions, ou --regions), par ex. l'admin-1 d'OCHA, pour la tracer.</translation>
    </message>
    <message>
        <source>QGIS's world map has no regions for {country}; give them (Region boundaries, or --regions)</source>
        <translation>La carte du monde de QGIS n'a pas de régions pour {country} ; donnez-les (Limites des régions, ou --regions)</translation>
    </message>
    <message>
        <source>QGIS's world map is missing ({path}); give region polygons (Region boundaries, or --regions)</source>
        <translation>La carte du monde de QGIS est absente ({path}) ; donnez des polygones de régions (Limites des régions, ou --regions)</translation>
    </message>
    <message>
        <source>Region file not found: {path}</source>
        <translation>Fichier des régions introuvable : {path}</translation>
    </message>
    <message>
        <source>The region file {path} has no field {field} (it has: {fields})</source>
        <translation>Le fichier des régions {path} n'a pas de champ {field} (il a : {fields})</translation>
    </message>
    <message>
        <source>The region file {path} has no polygons</source>
        <translation>Le fichier des régions {path} n'a pas de polygones</translation>
    </message>
    <message>
        <source>Unknown country: {country}</source>
        <translation>Pays inconnu : {country}</translation>
    </message>
    <message>
        <source>Which field of {path} names the regions? Give it with --region-field (fields: {fields})</source>
        <translation>Quel champ de {path} nomme les régions ? Donnez-le avec --region-field (champs : {fields})</translation>
    </message>
    <message>
        <source>{region} has no polygon in {source} and no incident this month: its map shows the whole country</source>
        <translation>{region} n'a pas de polygone dans {source} ni d'incident ce mois-ci : sa carte montre tout le pays</translation>
    </message>
    <message>
        <source>{region} has no polygon in {source}: its map is framed on its incidents</source>
        <translation>{region} n'a pas de polygone dans {source} : sa carte est cadrée sur ses incidents</translation>
    </message>
    <message>
        <source>Atlas exported: {path}</source>
        <translation>Atlas exporté : {path}</translation>
    </message>
    <message>
        <source>Atlas pages rebuilt from the templates.</source>
        <translation>Pages de l'atlas reconstruites depuis les modèles.</translation>
    </message>
    <message>
        <source>Atlas settings</source>
        <translation>Paramètres de l'atlas</translation>
    </message>
    <message>
        <source>Atlas settings…</source>
        <translation>Paramètres de l'atlas…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Credited after ACLED when the month's source column cites them</source>
        <translation>Cités après ACLED quand la colonne source du mois les mentionne</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>Exporter l'atlas</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>Export de {name}</translation>
    </message>
    <message>
        <source>Load an incident month first: there is no atlas to export.</source>
        <translation>Chargez d'abord un mois d'incidents : il n'y a pas d'atlas à exporter.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb);;All files (*)</source>
        <translation>Fichiers vectoriels (*.gpkg *.shp *.geojson *.json *.kml *.fgb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Rivers, towns, roads… drawn under the incidents on every map of the atlas</source>
        <translation>Cours d’eau, villes, routes… dessinés sous les incidents sur chaque carte de l’atlas</translation>
    </message>
    <message>
        <source>A map and a table each</source>
        <translation>Une carte et un tableau chacune</translation>
    </message>
    <message>
        <source>One summary page</source>
        <translation>Une page récapitulative</translation>
    </message>
    <message>
        <source>Reference layers</source>
        <translation>Couches de référence</translation>
    </message>
    <message>
        <source>Regions without incidents</source>
        <translation>Régions sans incident</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Autres sources</translation>
    </message>
    <message>
        <source>Rebuild the atlas pages from the plugin's templates? Your edits to the pages are lost (the layers keep their styles).</source>
        <translation>Reconstruire les pages de l'atlas depuis les modèles de l'extension ? Vos modifications des pages seront perdues (les couches gardent leurs styles).</translation>
    </message>
    <message>
        <source>Reset layouts</source>
        <translation>Réinitialiser les mises en page</translation>
    </message>
    <message>
        <source>Reset layouts to the plugin's templates</source>
        <translation>Réinitialiser les mises en page aux modèles de l'extension</translation>
    </message>
    <message>
        <source>Save layouts and styles as my defaults</source>
        <translation>Enregistrer mises en page et styles comme mes modèles</translation>
    </message>
    <message>
        <source>Saved as your defaults for new projects: {folder}</source>
        <translation>Enregistrés comme vos modèles pour les nouveaux projets : {folder}</translation>
    </message>
    <message>
        <source>Settings saved: the next atlas uses them.</source>
        <translation>Paramètres enregistrés : le prochain atlas les utilise.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>From ACLED (my account)</source>
        <translation>Depuis ACLED (mon compte)</translation>
    </message>
    <message>
        <source>Your ACLED account: a QGIS authentication configuration of the Basic method, your e-mail as user name</source>
        <translation>Votre compte ACLED : une configuration d'authentification QGIS de méthode Basic, votre e-mail comme nom d'utilisateur</translation>
    </message>
    <message>
        <source>Choose the authentication configuration holding your ACLED e-mail and password.</source>
        <translation>Choisissez la configuration d'authentification qui contient votre e-mail et votre mot de passe ACLED.</translation>
    </message>
    <message>
        <source>Choose where the month's GeoPackage goes.</source>
        <translation>Choisissez où enregistrer le GeoPackage du mois.</translation>
    </message>
    <message>
        <source>First download of {country} {month} from ACLED.</source>
        <translation>Premier téléchargement de {country} {month} depuis ACLED.</translation>
    </message>
    <message>
        <source>{revised} events revised, {deleted} deleted since your last download.</source>
        <translation>{revised} événements révisés, {deleted} supprimés depuis votre dernier téléchargement.</translation>
    </message>
    <message>
        <source>{added} events added, {revised} events revised, {deleted} deleted since your last download.</source>
        <translation>{added} événements ajoutés, {revised} événements révisés, {deleted} supprimés depuis votre dernier téléchargement.</translation>
    </message>
    <message>
        <source>Download the month from ACLED's API (my account) instead of files</source>
        <translation>Télécharger le mois depuis l'API d'ACLED (mon compte) au lieu de fichiers</translation>
    </message>
    <message>
        <source>ACLED account (authentication configuration, Basic method)</source>
        <translation>Compte ACLED (configuration d'authentification, méthode Basic)</translation>
    </message>
    <message>
        <source>ACLED's API address</source>
        <translation>Adresse de l'API d'ACLED</translation>
    </message>
    <message>
        <source>{path} is a project this plugin did not make: it is replaced only with --overwrite (or choose another file)</source>
        <translation>{path} est un projet que cette extension n'a pas créé : il n'est remplacé qu'avec --overwrite (ou choisissez un autre fichier)</translation>
    </message>
    <message>
        <source>{region}: {count} incident(s) too long for one page continue on the next rows, marked (continued)</source>
        <translation>{region} : {count} incident(s) trop long(s) pour une page se poursuivent sur les lignes suivantes, marquées (suite)</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Replace the project file even if this plugin did not make it</source>
        <translation>Remplacer le fichier de projet même s'il n'a pas été créé par cette extension</translation>
    </message>
    <message>
        <source>The PDF {path} was not written completely (is the disk full?)</source>
        <translation>Le PDF {path} n'a pas été écrit en entier (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>Data: {citation}, {period}</source>
        <translation>Données : {citation}, {period}</translation>
    </message>
    <message>
        <source>, as of {date}</source>
        <translation>, état au {date}</translation>
    </message>
    <message>
        <source>Boundaries: {source}.</source>
        <translation>Limites : {source}.</translation>
    </message>
    <message>
        <source>The boundaries and names shown and the designations used on these maps do not imply official endorsement or acceptance.</source>
        <translation>Les limites, les noms et les désignations employés sur ces cartes n'impliquent ni reconnaissance ni acceptation officielles.</translation>
    </message>
    <message>
        <source>{path}: not a vector file QGIS can read</source>
        <translation>{path} : ce n'est pas un fichier vectoriel que QGIS sait lire</translation>
    </message>
    <message>
        <source>{path}: reference file not found</source>
        <translation>{path} : fichier de référence introuvable</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>pypdf is not installed: the PDF has no bookmarks, its contents page stands in</source>
        <translation>pypdf n'est pas installé : le PDF n'a pas de signets, son sommaire en tient lieu</translation>
    </message>
    <message>
        <source>The region table template lacks its seven-column table</source>
        <translation>Le modèle de tableau de région n'a pas son tableau à sept colonnes</translation>
    </message>
    <message>
        <source>Other regions ({count})</source>
        <translation>Autres régions ({count})</translation>
    </message>
    <message>
        <source>Natural Earth admin-1 (QGIS world map)</source>
        <translation>Natural Earth admin-1 (carte du monde de QGIS)</translation>
    </message>
    <message>
        <source>Natural Earth admin-1 (QGIS world map), which predates Ménaka</source>
        <translation>Natural Earth admin-1 (carte du monde de QGIS), antérieure à la région de Ménaka</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Caveat: the boundary file has no area for {region}; its incidents are drawn, its outline is not.</source>
        <translation>Attention : le fichier de limites n'a pas de zone pour {region} ; ses incidents sont dessinés, pas son contour.</translation>
    </message>
    <message>
        <source>Caveat: the boundary drawn for {region} still includes {other}; {other}'s incidents are drawn faded and listed on its own pages.</source>
        <translation>Attention : la limite dessinée pour {region} englobe encore {other} ; les incidents de {other} sont estompés et listés sur ses propres pages.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Regions without recorded incidents, {month}</source>
        <translation>Régions sans incident recensé, {month}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>Fatalities by country and region</source>
        <translation>Nombre de morts par pays et par région</translation>
    </message>
    <message>
        <source>Country, region</source>
        <translation>Pays, région</translation>
    </message>
    <message>
        <source>Incident atlas, {countries} — {month}</source>
        <translation>Atlas des incidents, {countries} — {month}</translation>
    </message>
    <message>
        <source>QGIS&apos;s world map has no polygon for {country}&apos;s regions (it has other divisions): each region&apos;s map is framed on its incidents (the whole country without any), drawn over those divisions. Give region polygons (Region boundaries, or --regions), e.g. OCHA&apos;s admin-1, to outline them.</source>
        <translation>La carte du monde de QGIS n&apos;a pas de polygone pour les régions du pays {country} (elle en a d&apos;autres divisions) : la carte de chaque région est cadrée sur ses incidents (le pays entier sans incident), dessinée sur ces divisions. Donnez les polygones des régions (Limites des régions, ou --regions), p. ex. l&apos;admin-1 d&apos;OCHA, pour les tracer.</translation>
    </message>
    <message>
        <source>One country, or several for one atlas: a regional overview, then a chapter per country. A country missing here: add it to symbology/country_titles.csv</source>
        <translation>Un pays, ou plusieurs pour un seul atlas : une vue régionale, puis un chapitre par pays. Un pays absent de la liste : ajoutez-le à symbology/country_titles.csv</translation>
    </message>
    <message>
        <source>ACLED&apos;s API gives one country at a time: choose one, or export the countries from ACLED and load the files.</source>
        <translation>L&apos;API d&apos;ACLED donne un pays à la fois : choisissez-en un, ou exportez les pays depuis ACLED et chargez les fichiers.</translation>
    </message>
    <message>
        <source>Country (several: separated by ;)</source>
        <translation>Pays (plusieurs : séparés par ;)</translation>
    </message>
    <message>
        <source>The incident store takes one country at a time: choose one, or choose no store for an atlas of several countries.</source>
        <translation>La base d&apos;incidents prend un pays à la fois : choisissez-en un, ou aucune base pour un atlas de plusieurs pays.</translation>
    </message>
    <message>
        <source>History (months)</source>
        <translation>Historique (mois)</translation>
    </message>
    <message>
        <source>Months before the month its import keeps, from the exports and earlier months</source>
        <translation>Mois précédant le mois que son import conserve, tirés des exports et des mois précédents</translation>
    </message>
    <message>
        <source>Change map hexagons</source>
        <translation>Hexagones de la carte des changements</translation>
    </message>
    <message>
        <source>History: months before the month (from the exports and earlier months)</source>
        <translation>Historique : mois précédant le mois (tirés des exports et des mois précédents)</translation>
    </message>
    <message>
        <source>Charts (12 months)</source>
        <translation>Graphiques (12 mois)</translation>
    </message>
    <message>
        <source>Change against 3 months</source>
        <translation>Évolution sur 3 mois</translation>
    </message>
    <message>
        <source>Incidents and fatalities by actor group, last {count} months</source>
        <translation>Incidents et morts par groupe d'acteurs, {count} derniers mois</translation>
    </message>
    <message>
        <source>{month} by region</source>
        <translation>{month} par région</translation>
    </message>
    <message>
        <source>Regions by fatalities, then incidents.</source>
        <translation>Régions par nombre de morts, puis d'incidents.</translation>
    </message>
    <message>
        <source>Not drawn, fewer fatalities (incidents/fatalities): {regions}.</source>
        <translation>Non représentées, moins de morts (incidents/morts) : {regions}.</translation>
    </message>
    <message>
        <source>No incident in {regions}.</source>
        <translation>Aucun incident : {regions}.</translation>
    </message>
    <message>
        <source>Key changes</source>
        <translation>Principaux changements</translation>
    </message>
    <message>
        <source>History unknown</source>
        <translation>Historique inconnu</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Where violence moved</source>
        <translation>Où la violence s'est déplacée</translation>
    </message>
    <message>
        <source>Against the 3 months before</source>
        <translation>Par rapport aux 3 mois précédents</translation>
    </message>
    <message>
        <source>The history of earlier months is unknown: the month's GeoPackage holds none (import the month with a history).</source>
        <translation>L'historique des mois précédents est inconnu : le GeoPackage du mois n'en contient pas (importez le mois avec un historique).</translation>
    </message>
    <message>
        <source>Change in incidents</source>
        <translation>Évolution des incidents</translation>
    </message>
    <message>
        <source>The months before are unknown: no file given covers them.</source>
        <translation>Les mois précédents sont inconnus : aucun fichier fourni ne les couvre.</translation>
    </message>
    <message>
        <source>This month: {count} incidents.</source>
        <translation>Ce mois-ci : {count} incidents.</translation>
    </message>
    <message>
        <source>Each hexagon is {size} km across.</source>
        <translation>Chaque hexagone mesure {size} km de large.</translation>
    </message>
    <message>
        <source>Months compared: {months}.</source>
        <translation>Mois comparés : {months}.</translation>
    </message>
    <message>
        <source>Their mean: {mean} incidents a month.</source>
        <translation>Leur moyenne : {mean} incidents par mois.</translation>
    </message>
    <message>
        <source>Unknown, left out: {months}.</source>
        <translation>Inconnus, exclus : {months}.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Autres acteurs</translation>
    </message>
    <message>
        <source>Month not covered (unknown)</source>
        <translation>Mois non couvert (inconnu)</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Figures and names</source>
        <translation>Chiffres et noms</translation>
    </message>
    <message>
        <source>Unknown: no earlier month covered</source>
        <translation>Inconnu : aucun mois précédent couvert</translation>
    </message>
    <message>
        <source>3 or more incidents fewer</source>
        <translation>3 incidents ou plus en moins</translation>
    </message>
    <message>
        <source>1 to 3 fewer</source>
        <translation>1 à 3 de moins</translation>
    </message>
    <message>
        <source>Less than 1 fewer</source>
        <translation>Moins de 1 de moins</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Pas de changement</translation>
    </message>
    <message>
        <source>Less than 1 more</source>
        <translation>Moins de 1 de plus</translation>
    </message>
    <message>
        <source>1 to 3 more</source>
        <translation>1 à 3 de plus</translation>
    </message>
    <message>
        <source>3 or more incidents more</source>
        <translation>3 incidents ou plus en plus</translation>
    </message>
    <message>
        <source>Place names and numbers</source>
        <translation>Noms des lieux et numéros</translation>
    </message>
    <message>
        <source>Place names and numbers without room by their point: further out</source>
        <translation>Noms des lieux et numéros sans place près de leur point : plus loin</translation>
    </message>
    <message>
        <source>Places without room for their names: numbers (named in the page's list)</source>
        <translation>Lieux sans place pour leur nom : numéros (nommés dans la liste de la page)</translation>
    </message>
    <message>
        <source>Not named on the map for lack of room: {places}.</source>
        <translation>Non nommés sur la carte faute de place : {places}.</translation>
    </message>
    <message>
        <source>Numbers printed over another label: {numbers}.</source>
        <translation>Numéros imprimés sur une autre étiquette : {numbers}.</translation>
    </message>
    <message>
        <source>{region}: {count} places without room for their names are labelled with their numbers only (the page's template has no list '{item}' to name them)</source>
        <translation>{region} : {count} lieux sans place pour leur nom n’ont que leurs numéros sur la carte (le modèle de la page n’a pas de liste « {item} » pour les nommer)</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} autres</translation>
    </message>
    <message>
        <source>The legend of {region}'s map is taller than its frame</source>
        <translation>La légende de la carte {region} dépasse son cadre</translation>
    </message>
    <message>
        <source>The overview's legend is taller than its frame</source>
        <translation>La légende de la vue d'ensemble dépasse son cadre</translation>
    </message>
    <message>
        <source>No month before {month} is known, so there is nothing to compare it with: the 12-month charts and the change map are left out. To compare, import the month from exports that also cover the months before (--history-months, 12 by default; in QGIS, History (months)), or keep the earlier months' GeoPackages in its folder.</source>
        <translation>Aucun mois avant {month} n'est connu : rien à quoi le comparer, les graphiques sur 12 mois et la carte « Où la violence s'est déplacée » sont omis. Pour comparer, importez le mois à partir d'exports qui couvrent aussi les mois précédents (--history-months, 12 par défaut ; dans QGIS, Historique (mois)), ou gardez les GeoPackages des mois précédents dans son dossier.</translation>
    </message>
    <message>
        <source>Load an incident month first: there are no atlas pages to reset.</source>
        <translation>Chargez d&apos;abord un mois d&apos;incidents : il n&apos;y a pas de pages d&apos;atlas à réinitialiser.</translation>
    </message>
    <message>
        <source>Your organisation, printed in the atlas</source>
        <translation>Votre organisation, imprimée dans l&apos;atlas</translation>
    </message>
    <message>
        <source>E-mail or phone, printed on the cover</source>
        <translation>E-mail ou téléphone, imprimé sur la couverture</translation>
    </message>
    <message>
        <source>Width of the hexagons the change maps count incidents in</source>
        <translation>Largeur des hexagones dans lesquels les cartes des changements comptent les incidents</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Beside the first export: {name}</source>
        <translation>À côté du premier export : {name}</translation>
    </message>
    <message>
        <source>Beside the first export file</source>
        <translation>À côté du premier fichier d&apos;export</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; {path} is as it was.</source>
        <translation>Export annulé ; {path} est resté tel quel.</translation>
    </message>
    <message>
        <source>Choose the month&apos;s ACLED export files.</source>
        <translation>Choisissez les fichiers d&apos;export ACLED du mois.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2021-02.</source>
        <translation>Donnez le mois sous la forme AAAA-MM, par ex. 2021-02.</translation>
    </message>
</context>
</TS>
