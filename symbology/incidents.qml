<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" labelsEnabled="1" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyDrawingTol="1" styleCategories="AllStyleCategories" minScale="0" simplifyMaxScale="1" readOnly="0" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fixedDuration="0" accumulate="0" durationUnit="min" enabled="0" startField="" durationField="" endField="" mode="0" endExpression="" limitMode="0" startExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 toleranceUnitScale="3x:0,0,0,0,0,0" maxLabelScaleDenominator="0" labelColor="0,0,0,255" forceraster="0" circleColor="110,110,110,255" referencescale="-1" circleRadiusAddition="0" symbollevels="0" enableorderby="0" toleranceUnit="MM" type="pointDisplacement" labelAttributeName="" circleWidth="0.2" placement="0" labelDistanceFactor="0.5" tolerance="0.2">
    <labelFontProperties description="DejaVu Sans,12,-1,5,50,0,0,0,0,0" style=""/>
    <renderer-v2 forceraster="0" referencescale="-1" symbollevels="0" enableorderby="0" type="RuleRenderer">
      <rules key="root">
        <rule label="Type of incident" key="incident_type">
          <rule symbol="0" label="Armed clash" filter="&quot;incident_type&quot; = 'Armed clash'" key="incident_type:0"/>
          <rule symbol="1" label="Violence against civilians" filter="&quot;incident_type&quot; = 'Violence against civilians'" key="incident_type:1"/>
          <rule symbol="2" label="Airstrike" filter="&quot;incident_type&quot; = 'Airstrike'" key="incident_type:2"/>
          <rule symbol="3" label="Mortar or rocket attack" filter="&quot;incident_type&quot; = 'Mortar or rocket attack'" key="incident_type:3"/>
          <rule symbol="4" label="Abduction" filter="&quot;incident_type&quot; = 'Abduction'" key="incident_type:4"/>
          <rule symbol="5" label="IED or grenade" filter="&quot;incident_type&quot; = 'IED or grenade'" key="incident_type:5"/>
          <rule symbol="6" label="Looting or property destruction" filter="&quot;incident_type&quot; = 'Looting or property destruction'" key="incident_type:6"/>
          <rule symbol="7" label="Mob violence or violent demonstration" filter="&quot;incident_type&quot; = 'Mob violence or violent demonstration'" key="incident_type:7"/>
          <rule symbol="8" label="Other" filter="&quot;incident_type&quot; = 'Other'" key="incident_type:8"/>
        </rule>
        <rule label="Actors" key="actor_group">
          <rule symbol="9" label="Security forces" filter="&quot;actor_group&quot; = 'Security forces'" key="actor_group:0"/>
          <rule symbol="10" label="External forces" filter="&quot;actor_group&quot; = 'External forces'" key="actor_group:1"/>
          <rule symbol="11" label="Jihadist militants" filter="&quot;actor_group&quot; = 'Jihadist militants'" key="actor_group:2"/>
          <rule symbol="12" label="Militias" filter="&quot;actor_group&quot; = 'Militias'" key="actor_group:3"/>
          <rule symbol="13" label="Unidentified" filter="&quot;actor_group&quot; = 'Unidentified'" key="actor_group:4"/>
        </rule>
        <rule label="Fatalities" key="fatalities">
          <rule symbol="14" label="0" filter="/* fatality class 1 of @incident_fatality_classes */ array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) = 1" key="fatalities:0"/>
          <rule symbol="15" label="1–4" filter="/* fatality class 2 of @incident_fatality_classes */ array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) = 2" key="fatalities:1"/>
          <rule symbol="16" label="5–19" filter="/* fatality class 3 of @incident_fatality_classes */ array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) = 3" key="fatalities:2"/>
          <rule symbol="17" label="20 or more" filter="/* fatality class 4 of @incident_fatality_classes */ array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) = 4" key="fatalities:3"/>
        </rule>
        <rule label="Location" key="location">
          <rule symbol="18" label="Approximate location" filter="coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" key="location:approximate"/>
          <rule symbol="19" label="Several incidents at one place" filter="/* drawn around the place, on a thin ring */ coalesce(attribute('place_incidents'), 1) &gt; 1" key="location:several"/>
        </rule>
      </rules>
      <symbols>
        <symbol type="marker" name="0" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="1" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="square" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="square" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="10" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <prop v="Marker" k="SymbolType"/>
            <prop v="/* legend entry only: draws nothing on the map */ NULL" k="geometryModifier"/>
            <prop v="MapUnit" k="units"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" name="@10@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="0" type="QString" name="angle"/>
                  <Option value="square" type="QString" name="cap_style"/>
                  <Option value="0,158,115,255" type="QString" name="color"/>
                  <Option value="1" type="QString" name="horizontal_anchor_point"/>
                  <Option value="bevel" type="QString" name="joinstyle"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="0,0" type="QString" name="offset"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                  <Option value="MM" type="QString" name="offset_unit"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.4" type="QString" name="size"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                  <Option value="1" type="QString" name="vertical_anchor_point"/>
                </Option>
                <prop v="0" k="angle"/>
                <prop v="square" k="cap_style"/>
                <prop v="0,158,115,255" k="color"/>
                <prop v="1" k="horizontal_anchor_point"/>
                <prop v="bevel" k="joinstyle"/>
                <prop v="circle" k="name"/>
                <prop v="0,0" k="offset"/>
                <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                <prop v="MM" k="offset_unit"/>
                <prop v="35,35,35,255" k="outline_color"/>
                <prop v="solid" k="outline_style"/>
                <prop v="0.3" k="outline_width"/>
                <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
                <prop v="MM" k="outline_width_unit"/>
                <prop v="diameter" k="scale_method"/>
                <prop v="3.4" k="size"/>
                <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
                <prop v="MM" k="size_unit"/>
                <prop v="1" k="vertical_anchor_point"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,0,0,0" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="no" k="outline_style"/>
            <prop v="0" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="0" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NOT NULL, attribute('place_incidents'),&#xa;  /* a legend icon has no feature: no need to count the layer */&#xa;  if($geometry IS NULL, 1, count($id, group_by:=geom_to_wkt($geometry)))),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="11" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <prop v="Marker" k="SymbolType"/>
            <prop v="/* legend entry only: draws nothing on the map */ NULL" k="geometryModifier"/>
            <prop v="MapUnit" k="units"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" name="@11@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="0" type="QString" name="angle"/>
                  <Option value="square" type="QString" name="cap_style"/>
                  <Option value="213,94,0,255" type="QString" name="color"/>
                  <Option value="1" type="QString" name="horizontal_anchor_point"/>
                  <Option value="bevel" type="QString" name="joinstyle"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="0,0" type="QString" name="offset"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                  <Option value="MM" type="QString" name="offset_unit"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.4" type="QString" name="size"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                  <Option value="1" type="QString" name="vertical_anchor_point"/>
                </Option>
                <prop v="0" k="angle"/>
                <prop v="square" k="cap_style"/>
                <prop v="213,94,0,255" k="color"/>
                <prop v="1" k="horizontal_anchor_point"/>
                <prop v="bevel" k="joinstyle"/>
                <prop v="circle" k="name"/>
                <prop v="0,0" k="offset"/>
                <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                <prop v="MM" k="offset_unit"/>
                <prop v="35,35,35,255" k="outline_color"/>
                <prop v="solid" k="outline_style"/>
                <prop v="0.3" k="outline_width"/>
                <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
                <prop v="MM" k="outline_width_unit"/>
                <prop v="diameter" k="scale_method"/>
                <prop v="3.4" k="size"/>
                <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
                <prop v="MM" k="size_unit"/>
                <prop v="1" k="vertical_anchor_point"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,0,0,0" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="no" k="outline_style"/>
            <prop v="0" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="0" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NOT NULL, attribute('place_incidents'),&#xa;  /* a legend icon has no feature: no need to count the layer */&#xa;  if($geometry IS NULL, 1, count($id, group_by:=geom_to_wkt($geometry)))),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="12" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <prop v="Marker" k="SymbolType"/>
            <prop v="/* legend entry only: draws nothing on the map */ NULL" k="geometryModifier"/>
            <prop v="MapUnit" k="units"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" name="@12@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="0" type="QString" name="angle"/>
                  <Option value="square" type="QString" name="cap_style"/>
                  <Option value="204,121,167,255" type="QString" name="color"/>
                  <Option value="1" type="QString" name="horizontal_anchor_point"/>
                  <Option value="bevel" type="QString" name="joinstyle"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="0,0" type="QString" name="offset"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                  <Option value="MM" type="QString" name="offset_unit"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.4" type="QString" name="size"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                  <Option value="1" type="QString" name="vertical_anchor_point"/>
                </Option>
                <prop v="0" k="angle"/>
                <prop v="square" k="cap_style"/>
                <prop v="204,121,167,255" k="color"/>
                <prop v="1" k="horizontal_anchor_point"/>
                <prop v="bevel" k="joinstyle"/>
                <prop v="circle" k="name"/>
                <prop v="0,0" k="offset"/>
                <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                <prop v="MM" k="offset_unit"/>
                <prop v="35,35,35,255" k="outline_color"/>
                <prop v="solid" k="outline_style"/>
                <prop v="0.3" k="outline_width"/>
                <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
                <prop v="MM" k="outline_width_unit"/>
                <prop v="diameter" k="scale_method"/>
                <prop v="3.4" k="size"/>
                <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
                <prop v="MM" k="size_unit"/>
                <prop v="1" k="vertical_anchor_point"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,0,0,0" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="no" k="outline_style"/>
            <prop v="0" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="0" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NOT NULL, attribute('place_incidents'),&#xa;  /* a legend icon has no feature: no need to count the layer */&#xa;  if($geometry IS NULL, 1, count($id, group_by:=geom_to_wkt($geometry)))),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="13" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <prop v="Marker" k="SymbolType"/>
            <prop v="/* legend entry only: draws nothing on the map */ NULL" k="geometryModifier"/>
            <prop v="MapUnit" k="units"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" name="@13@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="0" type="QString" name="angle"/>
                  <Option value="square" type="QString" name="cap_style"/>
                  <Option value="77,77,77,255" type="QString" name="color"/>
                  <Option value="1" type="QString" name="horizontal_anchor_point"/>
                  <Option value="bevel" type="QString" name="joinstyle"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="0,0" type="QString" name="offset"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                  <Option value="MM" type="QString" name="offset_unit"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.4" type="QString" name="size"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                  <Option value="1" type="QString" name="vertical_anchor_point"/>
                </Option>
                <prop v="0" k="angle"/>
                <prop v="square" k="cap_style"/>
                <prop v="77,77,77,255" k="color"/>
                <prop v="1" k="horizontal_anchor_point"/>
                <prop v="bevel" k="joinstyle"/>
                <prop v="circle" k="name"/>
                <prop v="0,0" k="offset"/>
                <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                <prop v="MM" k="offset_unit"/>
                <prop v="35,35,35,255" k="outline_color"/>
                <prop v="solid" k="outline_style"/>
                <prop v="0.3" k="outline_width"/>
                <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
                <prop v="MM" k="outline_width_unit"/>
                <prop v="diameter" k="scale_method"/>
                <prop v="3.4" k="size"/>
                <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
                <prop v="MM" k="size_unit"/>
                <prop v="1" k="vertical_anchor_point"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,0,0,0" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="no" k="outline_style"/>
            <prop v="0" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="0" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NOT NULL, attribute('place_incidents'),&#xa;  /* a legend icon has no feature: no need to count the layer */&#xa;  if($geometry IS NULL, 1, count($id, group_by:=geom_to_wkt($geometry)))),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="2" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="180" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="equilateral_triangle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="180" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="equilateral_triangle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.9" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3.9 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3.9 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="3" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="equilateral_triangle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="equilateral_triangle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.9" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3.9 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3.9 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="4" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="diamond" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="diamond" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.9" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3.9 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3.9 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="5" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="star" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="star" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 4.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="4.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="6" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SvgMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="0" type="QString" name="fixedAspectRatio"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="emergency/amenity=fire_station.svg" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="0.2" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option name="parameters"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="5.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="0" k="fixedAspectRatio"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="emergency/amenity=fire_station.svg" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="0.2" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="" k="parameters"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="5.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 5.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="5.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="5.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="7" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="cross_fill" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="cross_fill" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3.6 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3.6 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="8" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option type="Map" name="properties">
                <Option type="Map" name="alpha">
                  <Option value="true" type="bool" name="active"/>
                  <Option value="if(@mali_region_names IS NULL OR array_contains(from_json(@mali_region_names), &quot;admin1&quot;), 100, 35)" type="QString" name="expression"/>
                  <Option value="3" type="int" name="type"/>
                </Option>
              </Option>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="156,156,156,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="miter" type="QString" name="joinstyle"/>
              <Option value="pentagon" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="156,156,156,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="miter" k="joinstyle"/>
            <prop v="pentagon" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* fatality class: layer variables incident_fatality_classes and _scales */ 3.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1)))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="fillColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="CASE&#xa;  WHEN &quot;actor_group&quot; = 'Security forces' THEN '#0072b2'&#xa;  WHEN &quot;actor_group&quot; = 'External forces' THEN '#009e73'&#xa;  WHEN &quot;actor_group&quot; = 'Jihadist militants' THEN '#d55e00'&#xa;  WHEN &quot;actor_group&quot; = 'Militias' THEN '#cc79a7'&#xa;  WHEN &quot;actor_group&quot; = 'Unidentified' THEN '#4d4d4d'&#xa;  ELSE '#9c9c9c'&#xa;END" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="dash" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.4" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="enabled">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* approximate location (ACLED geo_precision 2 or 3): a dashed ring around the symbol */ coalesce(&quot;geo_precision&quot;, 1) &gt;= 2" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="outlineColor">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* the legend does not read &quot;enabled&quot;: its icons get an invisible ring */ if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, '35,35,35,255', '0,0,0,0')" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="3.4 * if($geometry IS NULL, 1.1, to_real(array_get(string_to_array(@incident_fatality_scales, ','), array_length(array_filter(string_to_array(@incident_fatality_classes, ','), to_int(@element) &lt;= coalesce(&quot;fatalities&quot;, 0))) - 1))) + if(coalesce(&quot;geo_precision&quot;, 1) &gt;= 2, 2.4, 0)" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="9" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <prop v="Marker" k="SymbolType"/>
            <prop v="/* legend entry only: draws nothing on the map */ NULL" k="geometryModifier"/>
            <prop v="MapUnit" k="units"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <symbol type="marker" name="@9@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="0" type="QString" name="angle"/>
                  <Option value="square" type="QString" name="cap_style"/>
                  <Option value="0,114,178,255" type="QString" name="color"/>
                  <Option value="1" type="QString" name="horizontal_anchor_point"/>
                  <Option value="bevel" type="QString" name="joinstyle"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="0,0" type="QString" name="offset"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                  <Option value="MM" type="QString" name="offset_unit"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.4" type="QString" name="size"/>
                  <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                  <Option value="1" type="QString" name="vertical_anchor_point"/>
                </Option>
                <prop v="0" k="angle"/>
                <prop v="square" k="cap_style"/>
                <prop v="0,114,178,255" k="color"/>
                <prop v="1" k="horizontal_anchor_point"/>
                <prop v="bevel" k="joinstyle"/>
                <prop v="circle" k="name"/>
                <prop v="0,0" k="offset"/>
                <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                <prop v="MM" k="offset_unit"/>
                <prop v="35,35,35,255" k="outline_color"/>
                <prop v="solid" k="outline_style"/>
                <prop v="0.3" k="outline_width"/>
                <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
                <prop v="MM" k="outline_width_unit"/>
                <prop v="diameter" k="scale_method"/>
                <prop v="3.4" k="size"/>
                <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
                <prop v="MM" k="size_unit"/>
                <prop v="1" k="vertical_anchor_point"/>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="35,35,35,255" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,0,0,0" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="35,35,35,255" k="outline_color"/>
            <prop v="no" k="outline_style"/>
            <prop v="0" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="0" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option type="Map" name="properties">
                  <Option type="Map" name="size">
                    <Option value="true" type="bool" name="active"/>
                    <Option value="/* label obstacle: the ring of this place's incidents, if it has several */&#xa;with_variable('n', if(attribute('place_incidents') IS NOT NULL, attribute('place_incidents'),&#xa;  /* a legend icon has no feature: no need to count the layer */&#xa;  if($geometry IS NULL, 1, count($id, group_by:=geom_to_wkt($geometry)))),&#xa;  if(@n > 1, 2 * (max(3.1, @n * 6.2 / (2 * pi())) + 2.2), 0))" type="QString" name="expression"/>
                    <Option value="3" type="int" name="type"/>
                  </Option>
                </Option>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" name="14" force_rhr="0" alpha="1" clip_to_extent="1">
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <symbol type="marker" name="@14@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="156,156,156,255" type="QString" name="color"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="2.72" type="QString" name="size"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                </Option>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option type="Map" name="properties">
                      <Option type="Map" name="size">
                        <Option value="true" type="bool" name="active"/>
                        <Option value="3.4 * to_real(array_get(string_to_array(@incident_fatality_scales, ','), 0))" type="QString" name="expression"/>
                        <Option value="3" type="int" name="type"/>
                      </Option>
                    </Option>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="2.72" type="QString" name="size"/>
              <Option value="MM" type="QString" name="size_unit"/>
            </Option>
          </layer>
        </symbol>
        <symbol type="marker" name="15" force_rhr="0" alpha="1" clip_to_extent="1">
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <symbol type="marker" name="@15@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="156,156,156,255" type="QString" name="color"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.74" type="QString" name="size"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                </Option>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option type="Map" name="properties">
                      <Option type="Map" name="size">
                        <Option value="true" type="bool" name="active"/>
                        <Option value="3.4 * to_real(array_get(string_to_array(@incident_fatality_scales, ','), 1))" type="QString" name="expression"/>
                        <Option value="3" type="int" name="type"/>
                      </Option>
                    </Option>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.74" type="QString" name="size"/>
              <Option value="MM" type="QString" name="size_unit"/>
            </Option>
          </layer>
        </symbol>
        <symbol type="marker" name="16" force_rhr="0" alpha="1" clip_to_extent="1">
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <symbol type="marker" name="@16@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="156,156,156,255" type="QString" name="color"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="5.1" type="QString" name="size"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                </Option>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option type="Map" name="properties">
                      <Option type="Map" name="size">
                        <Option value="true" type="bool" name="active"/>
                        <Option value="3.4 * to_real(array_get(string_to_array(@incident_fatality_scales, ','), 2))" type="QString" name="expression"/>
                        <Option value="3" type="int" name="type"/>
                      </Option>
                    </Option>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="5.1" type="QString" name="size"/>
              <Option value="MM" type="QString" name="size_unit"/>
            </Option>
          </layer>
        </symbol>
        <symbol type="marker" name="17" force_rhr="0" alpha="1" clip_to_extent="1">
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <symbol type="marker" name="@17@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="156,156,156,255" type="QString" name="color"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="6.8" type="QString" name="size"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                </Option>
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option type="Map" name="properties">
                      <Option type="Map" name="size">
                        <Option value="true" type="bool" name="active"/>
                        <Option value="3.4 * to_real(array_get(string_to_array(@incident_fatality_scales, ','), 3))" type="QString" name="expression"/>
                        <Option value="3" type="int" name="type"/>
                      </Option>
                    </Option>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="6.8" type="QString" name="size"/>
              <Option value="MM" type="QString" name="size_unit"/>
            </Option>
          </layer>
        </symbol>
        <symbol type="marker" name="18" force_rhr="0" alpha="1" clip_to_extent="1">
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <symbol type="marker" name="@18@0" force_rhr="0" alpha="1" clip_to_extent="1">
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="156,156,156,255" type="QString" name="color"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="solid" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="3.74" type="QString" name="size"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                </Option>
              </layer>
              <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
                <Option type="Map">
                  <Option value="0,0,0,0" type="QString" name="color"/>
                  <Option value="circle" type="QString" name="name"/>
                  <Option value="35,35,35,255" type="QString" name="outline_color"/>
                  <Option value="dash" type="QString" name="outline_style"/>
                  <Option value="0.3" type="QString" name="outline_width"/>
                  <Option value="MM" type="QString" name="outline_width_unit"/>
                  <Option value="diameter" type="QString" name="scale_method"/>
                  <Option value="6.14" type="QString" name="size"/>
                  <Option value="MM" type="QString" name="size_unit"/>
                </Option>
              </layer>
            </symbol>
          </layer>
          <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
            <Option type="Map">
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0,0,0" type="QString" name="outline_color"/>
              <Option value="no" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="6.14" type="QString" name="size"/>
              <Option value="MM" type="QString" name="size_unit"/>
            </Option>
          </layer>
        </symbol>
        <symbol type="marker" name="19" force_rhr="0" alpha="1" clip_to_extent="1">
          <layer pass="0" class="GeometryGenerator" locked="0" enabled="1">
            <Option type="Map">
              <Option value="Marker" type="QString" name="SymbolType"/>
              <Option value="/* legend entry only: draws nothing on the map (the point displacement renderer draws the ring) */ NULL" type="QString" name="geometryModifier"/>
              <Option value="MapUnit" type="QString" name="units"/>
            </Option>
            <symbol type="marker" name="@19@0" force_rhr="0" alpha="1" clip_to_extent="1">
            <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
              <Option type="Map">
                <Option value="0,0,0,0" type="QString" name="color"/>
                <Option value="circle" type="QString" name="name"/>
                <Option value="0,0" type="QString" name="offset"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="110,110,110,255" type="QString" name="outline_color"/>
                <Option value="solid" type="QString" name="outline_style"/>
                <Option value="0.3" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="diameter" type="QString" name="scale_method"/>
                <Option value="3.6" type="QString" name="size"/>
                <Option value="MM" type="QString" name="size_unit"/>
              </Option>
            </layer>
            <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
              <Option type="Map">
                <Option value="156,156,156,255" type="QString" name="color"/>
                <Option value="circle" type="QString" name="name"/>
                <Option value="-1.56,-0.9" type="QString" name="offset"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="35,35,35,255" type="QString" name="outline_color"/>
                <Option value="solid" type="QString" name="outline_style"/>
                <Option value="0.3" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="diameter" type="QString" name="scale_method"/>
                <Option value="1.4" type="QString" name="size"/>
                <Option value="MM" type="QString" name="size_unit"/>
              </Option>
            </layer>
            <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
              <Option type="Map">
                <Option value="156,156,156,255" type="QString" name="color"/>
                <Option value="circle" type="QString" name="name"/>
                <Option value="1.56,-0.9" type="QString" name="offset"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="35,35,35,255" type="QString" name="outline_color"/>
                <Option value="solid" type="QString" name="outline_style"/>
                <Option value="0.3" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="diameter" type="QString" name="scale_method"/>
                <Option value="1.4" type="QString" name="size"/>
                <Option value="MM" type="QString" name="size_unit"/>
              </Option>
            </layer>
            <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
              <Option type="Map">
                <Option value="156,156,156,255" type="QString" name="color"/>
                <Option value="circle" type="QString" name="name"/>
                <Option value="0,1.8" type="QString" name="offset"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="35,35,35,255" type="QString" name="outline_color"/>
                <Option value="solid" type="QString" name="outline_style"/>
                <Option value="0.3" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="diameter" type="QString" name="scale_method"/>
                <Option value="1.4" type="QString" name="size"/>
                <Option value="MM" type="QString" name="size_unit"/>
              </Option>
            </layer>
            <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
              <Option type="Map">
                <Option value="110,110,110,255" type="QString" name="color"/>
                <Option value="circle" type="QString" name="name"/>
                <Option value="0,0" type="QString" name="offset"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="110,110,110,255" type="QString" name="outline_color"/>
                <Option value="solid" type="QString" name="outline_style"/>
                <Option value="0" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="diameter" type="QString" name="scale_method"/>
                <Option value="0.8" type="QString" name="size"/>
                <Option value="MM" type="QString" name="size_unit"/>
              </Option>
            </layer>
            </symbol>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol type="marker" name="centerSymbol" force_rhr="0" alpha="1" clip_to_extent="1">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </data_defined_properties>
      <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
        <Option type="Map">
          <Option value="0" type="QString" name="angle"/>
          <Option value="square" type="QString" name="cap_style"/>
          <Option value="35,35,35,255" type="QString" name="color"/>
          <Option value="1" type="QString" name="horizontal_anchor_point"/>
          <Option value="bevel" type="QString" name="joinstyle"/>
          <Option value="circle" type="QString" name="name"/>
          <Option value="0,0" type="QString" name="offset"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
          <Option value="MM" type="QString" name="offset_unit"/>
          <Option value="35,35,35,255" type="QString" name="outline_color"/>
          <Option value="no" type="QString" name="outline_style"/>
          <Option value="0" type="QString" name="outline_width"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
          <Option value="MM" type="QString" name="outline_width_unit"/>
          <Option value="diameter" type="QString" name="scale_method"/>
          <Option value="0.9" type="QString" name="size"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
          <Option value="MM" type="QString" name="size_unit"/>
          <Option value="1" type="QString" name="vertical_anchor_point"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="square" k="cap_style"/>
        <prop v="35,35,35,255" k="color"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="bevel" k="joinstyle"/>
        <prop v="circle" k="name"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="35,35,35,255" k="outline_color"/>
        <prop v="no" k="outline_style"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="diameter" k="scale_method"/>
        <prop v="0.9" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontKerning="1" allowHtml="0" textOpacity="1" fontStrikeout="0" fontItalic="0" fontSizeUnit="Point" legendString="Aa" fieldName="if(attribute('place_names') IS NULL,&#xa;  array_to_string(array_distinct(array_agg(&quot;location&quot;,&#xa;    group_by:=geom_to_wkt($geometry), order_by:=&quot;location&quot;)), ', '),&#xa;  attribute('place_names'))" fontWeight="50" isExpression="1" fontWordSpacing="0" useSubstitutions="0" fontFamily="DejaVu Sans" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textColor="26,26,26,255" fontUnderline="0" namedStyle="" textOrientation="horizontal" previewBkgrdColor="255,255,255,255" capitalization="0" fontSize="7" multilineHeight="1" blendMode="0" fontLetterSpacing="0">
        <families/>
        <text-buffer bufferNoFill="1" bufferOpacity="1" bufferColor="255,255,255,255" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferJoinStyle="128" bufferSizeUnits="MM" bufferDraw="1" bufferSize="0.69999999999999996"/>
        <text-mask maskJoinStyle="128" maskSize="1.5" maskType="0" maskEnabled="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskedSymbolLayers="" maskSizeUnits="MM" maskOpacity="1"/>
        <background shapeOffsetX="0" shapeSVGFile="" shapeRotation="0" shapeSizeX="0" shapeRadiiY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeBorderColor="128,128,128,255" shapeSizeUnit="MM" shapeJoinStyle="64" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeType="0" shapeOffsetUnit="MM" shapeSizeType="0" shapeBorderWidth="0" shapeRadiiUnit="MM" shapeOffsetY="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeSizeY="0" shapeRadiiX="0" shapeBorderWidthUnit="MM" shapeOpacity="1" shapeBlendMode="0" shapeFillColor="255,255,255,255">
          <symbol type="fill" name="fillSymbol" force_rhr="0" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" class="SimpleFill" locked="0" enabled="1">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
                <Option value="255,255,255,255" type="QString" name="color"/>
                <Option value="bevel" type="QString" name="joinstyle"/>
                <Option value="0,0" type="QString" name="offset"/>
                <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                <Option value="MM" type="QString" name="offset_unit"/>
                <Option value="128,128,128,255" type="QString" name="outline_color"/>
                <Option value="no" type="QString" name="outline_style"/>
                <Option value="0" type="QString" name="outline_width"/>
                <Option value="MM" type="QString" name="outline_width_unit"/>
                <Option value="solid" type="QString" name="style"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="255,255,255,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="128,128,128,255" k="outline_color"/>
              <prop v="no" k="outline_style"/>
              <prop v="0" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" type="QString" name="name"/>
                  <Option name="properties"/>
                  <Option value="collection" type="QString" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetDist="1" shadowUnder="0" shadowScale="100" shadowBlendMode="6" shadowRadius="1.5" shadowOffsetAngle="135" shadowOffsetUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusAlphaOnly="0" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetGlobal="1" shadowRadiusUnit="MM" shadowOpacity="0.69999999999999996"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format plussign="0" leftDirectionSymbol="&lt;" reverseDirectionSymbol="0" multilineAlign="3" decimals="3" wrapChar="" placeDirectionSymbol="0" formatNumbers="0" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" rightDirectionSymbol=">" autoWrapLength="0"/>
      <placement placementFlags="10" lineAnchorClipping="0" fitInPolygonOnly="0" polygonPlacementFlags="2" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" geometryGenerator="" offsetUnits="MM" rotationAngle="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" priority="5" layerType="UnknownGeometry" offsetType="1" preserveRotation="1" xOffset="0" rotationUnit="AngleDegrees" repeatDistance="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" overrunDistance="0" centroidInside="0" dist="0.59999999999999998" overrunDistanceUnit="MM" distUnits="MM" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" geometryGeneratorType="PointGeometry" centroidWhole="0" lineAnchorType="0" placement="6" geometryGeneratorEnabled="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleIn="25" lineAnchorPercent="0.5" yOffset="0"/>
      <rendering minFeatureSize="0" labelPerPart="0" scaleMax="0" fontLimitPixelSize="0" fontMinPixelSize="0" maxNumLabels="2000" scaleMin="0" drawLabels="1" obstacleFactor="2" mergeLines="0" displayAll="0" unplacedVisibility="0" fontMaxPixelSize="10000" obstacleType="1" upsidedownLabels="0" limitNumLabels="0" scaleVisibility="0" obstacle="1" zIndex="0"/>
      <dd_properties>
        <Option type="Map">
          <Option value="labeling" type="QString" name="name"/>
          <Option type="Map" name="properties">
            <Option type="Map" name="Priority">
              <Option value="true" type="bool" name="active"/>
              <Option value="/* Where names crowd, the places with more deaths keep theirs; among places with as many&#10;   deaths, those with more incidents. @rank is the place's deaths plus under half a death for&#10;   its incidents (so it only breaks ties); QGIS's priority runs 0-10: a place without deaths&#10;   gets 5, the more deaths the nearer 10 (the numbers of unnamed places have 10). */&#10;with_variable('killed',&#10;  if(@mali_place_fatalities IS NULL,&#10;    /* outside the atlas's region pages, which set the deaths by place */&#10;    sum(coalesce(&quot;fatalities&quot;, 0), group_by:=geom_to_wkt($geometry)),&#10;    coalesce(map_get(from_json(@mali_place_fatalities), to_string($id)), 0)),&#10;with_variable('incidents',&#10;  if(attribute('place_incidents') IS NULL,&#10;    count($id, group_by:=geom_to_wkt($geometry)), attribute('place_incidents')),&#10;with_variable('rank', @killed + 0.5 - 0.5 / @incidents,&#10;  5 + 4.9 * @rank / (@rank + 4))))" type="QString" name="expression"/>
              <Option value="3" type="int" name="type"/>
            </Option>
            <Option type="Map" name="Show">
              <Option value="true" type="bool" name="active"/>
              <Option value="if(attribute('place_first') IS NULL,&#xa;  $id = minimum($id, group_by:=geom_to_wkt($geometry)),&#xa;  attribute('place_first') = 1)" type="QString" name="expression"/>
              <Option value="3" type="int" name="type"/>
            </Option>
          </Option>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" type="QString" name="anchorPoint"/>
          <Option value="0" type="int" name="blendMode"/>
          <Option type="Map" name="ddProperties">
            <Option value="" type="QString" name="name"/>
            <Option name="properties"/>
            <Option value="collection" type="QString" name="type"/>
          </Option>
          <Option value="false" type="bool" name="drawToAllParts"/>
          <Option value="0" type="QString" name="enabled"/>
          <Option value="point_on_exterior" type="QString" name="labelAnchorPoint"/>
          <Option value="&lt;symbol type=&quot;line&quot; name=&quot;symbol&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
          <Option value="0" type="double" name="minLength"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="minLengthMapUnitScale"/>
          <Option value="MM" type="QString" name="minLengthUnit"/>
          <Option value="0" type="double" name="offsetFromAnchor"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromAnchorMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromAnchorUnit"/>
          <Option value="0" type="double" name="offsetFromLabel"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromLabelMapUnitScale"/>
          <Option value="MM" type="QString" name="offsetFromLabelUnit"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option type="Map">
      <Option name="variableNames" type="StringList">
        <Option type="QString" value="incident_fatality_classes"/>
        <Option type="QString" value="incident_fatality_scales"/>
      </Option>
      <Option name="variableValues" type="StringList">
        <Option type="QString" value="0,1,5,20"/>
        <Option type="QString" value="0.8,1.1,1.5,2"/>
      </Option>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks/>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="fid">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="event_id_cnty">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="event_date">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="year">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="time_precision">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="disorder_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="event_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sub_event_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="actor1">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="assoc_actor_1">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="inter1">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="actor2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="assoc_actor_2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="inter2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="interaction">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="civilian_targeting">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="iso">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="region">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="country">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="admin1">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="admin2">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="admin3">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="location">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="latitude">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="longitude">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="geo_precision">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_scale">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="notes">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="fatalities">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="tags">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="timestamp">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="incident_type">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="actor_group">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_file">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_line">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="place_incidents">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="place_names">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="place_first">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" index="0" name=""/>
    <alias field="event_id_cnty" index="1" name=""/>
    <alias field="event_date" index="2" name=""/>
    <alias field="year" index="3" name=""/>
    <alias field="time_precision" index="4" name=""/>
    <alias field="disorder_type" index="5" name=""/>
    <alias field="event_type" index="6" name=""/>
    <alias field="sub_event_type" index="7" name=""/>
    <alias field="actor1" index="8" name=""/>
    <alias field="assoc_actor_1" index="9" name=""/>
    <alias field="inter1" index="10" name=""/>
    <alias field="actor2" index="11" name=""/>
    <alias field="assoc_actor_2" index="12" name=""/>
    <alias field="inter2" index="13" name=""/>
    <alias field="interaction" index="14" name=""/>
    <alias field="civilian_targeting" index="15" name=""/>
    <alias field="iso" index="16" name=""/>
    <alias field="region" index="17" name=""/>
    <alias field="country" index="18" name=""/>
    <alias field="admin1" index="19" name=""/>
    <alias field="admin2" index="20" name=""/>
    <alias field="admin3" index="21" name=""/>
    <alias field="location" index="22" name=""/>
    <alias field="latitude" index="23" name=""/>
    <alias field="longitude" index="24" name=""/>
    <alias field="geo_precision" index="25" name=""/>
    <alias field="source" index="26" name=""/>
    <alias field="source_scale" index="27" name=""/>
    <alias field="notes" index="28" name=""/>
    <alias field="fatalities" index="29" name=""/>
    <alias field="tags" index="30" name=""/>
    <alias field="timestamp" index="31" name=""/>
    <alias field="incident_type" index="32" name=""/>
    <alias field="actor_group" index="33" name=""/>
    <alias field="source_file" index="34" name=""/>
    <alias field="source_line" index="35" name=""/>
    <alias field="place_incidents" index="36" name=""/>
    <alias field="place_names" index="37" name=""/>
    <alias field="place_first" index="38" name=""/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="fid"/>
    <default expression="" applyOnUpdate="0" field="event_id_cnty"/>
    <default expression="" applyOnUpdate="0" field="event_date"/>
    <default expression="" applyOnUpdate="0" field="year"/>
    <default expression="" applyOnUpdate="0" field="time_precision"/>
    <default expression="" applyOnUpdate="0" field="disorder_type"/>
    <default expression="" applyOnUpdate="0" field="event_type"/>
    <default expression="" applyOnUpdate="0" field="sub_event_type"/>
    <default expression="" applyOnUpdate="0" field="actor1"/>
    <default expression="" applyOnUpdate="0" field="assoc_actor_1"/>
    <default expression="" applyOnUpdate="0" field="inter1"/>
    <default expression="" applyOnUpdate="0" field="actor2"/>
    <default expression="" applyOnUpdate="0" field="assoc_actor_2"/>
    <default expression="" applyOnUpdate="0" field="inter2"/>
    <default expression="" applyOnUpdate="0" field="interaction"/>
    <default expression="" applyOnUpdate="0" field="civilian_targeting"/>
    <default expression="" applyOnUpdate="0" field="iso"/>
    <default expression="" applyOnUpdate="0" field="region"/>
    <default expression="" applyOnUpdate="0" field="country"/>
    <default expression="" applyOnUpdate="0" field="admin1"/>
    <default expression="" applyOnUpdate="0" field="admin2"/>
    <default expression="" applyOnUpdate="0" field="admin3"/>
    <default expression="" applyOnUpdate="0" field="location"/>
    <default expression="" applyOnUpdate="0" field="latitude"/>
    <default expression="" applyOnUpdate="0" field="longitude"/>
    <default expression="" applyOnUpdate="0" field="geo_precision"/>
    <default expression="" applyOnUpdate="0" field="source"/>
    <default expression="" applyOnUpdate="0" field="source_scale"/>
    <default expression="" applyOnUpdate="0" field="notes"/>
    <default expression="" applyOnUpdate="0" field="fatalities"/>
    <default expression="" applyOnUpdate="0" field="tags"/>
    <default expression="" applyOnUpdate="0" field="timestamp"/>
    <default expression="" applyOnUpdate="0" field="incident_type"/>
    <default expression="" applyOnUpdate="0" field="actor_group"/>
    <default expression="" applyOnUpdate="0" field="source_file"/>
    <default expression="" applyOnUpdate="0" field="source_line"/>
    <default expression="" applyOnUpdate="0" field="place_incidents"/>
    <default expression="" applyOnUpdate="0" field="place_names"/>
    <default expression="" applyOnUpdate="0" field="place_first"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" notnull_strength="1" exp_strength="0" field="fid" constraints="3"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="event_id_cnty" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="event_date" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="year" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="time_precision" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="disorder_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="event_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="sub_event_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="actor1" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="assoc_actor_1" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="inter1" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="actor2" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="assoc_actor_2" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="inter2" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="interaction" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="civilian_targeting" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="iso" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="region" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="country" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="admin1" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="admin2" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="admin3" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="location" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="latitude" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="longitude" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="geo_precision" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="source" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="source_scale" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="notes" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="fatalities" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="tags" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="timestamp" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="incident_type" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="actor_group" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="source_file" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="source_line" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="place_incidents" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="place_names" constraints="0"/>
    <constraint unique_strength="0" notnull_strength="0" exp_strength="0" field="place_first" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" desc="" exp=""/>
    <constraint field="event_id_cnty" desc="" exp=""/>
    <constraint field="event_date" desc="" exp=""/>
    <constraint field="year" desc="" exp=""/>
    <constraint field="time_precision" desc="" exp=""/>
    <constraint field="disorder_type" desc="" exp=""/>
    <constraint field="event_type" desc="" exp=""/>
    <constraint field="sub_event_type" desc="" exp=""/>
    <constraint field="actor1" desc="" exp=""/>
    <constraint field="assoc_actor_1" desc="" exp=""/>
    <constraint field="inter1" desc="" exp=""/>
    <constraint field="actor2" desc="" exp=""/>
    <constraint field="assoc_actor_2" desc="" exp=""/>
    <constraint field="inter2" desc="" exp=""/>
    <constraint field="interaction" desc="" exp=""/>
    <constraint field="civilian_targeting" desc="" exp=""/>
    <constraint field="iso" desc="" exp=""/>
    <constraint field="region" desc="" exp=""/>
    <constraint field="country" desc="" exp=""/>
    <constraint field="admin1" desc="" exp=""/>
    <constraint field="admin2" desc="" exp=""/>
    <constraint field="admin3" desc="" exp=""/>
    <constraint field="location" desc="" exp=""/>
    <constraint field="latitude" desc="" exp=""/>
    <constraint field="longitude" desc="" exp=""/>
    <constraint field="geo_precision" desc="" exp=""/>
    <constraint field="source" desc="" exp=""/>
    <constraint field="source_scale" desc="" exp=""/>
    <constraint field="notes" desc="" exp=""/>
    <constraint field="fatalities" desc="" exp=""/>
    <constraint field="tags" desc="" exp=""/>
    <constraint field="timestamp" desc="" exp=""/>
    <constraint field="incident_type" desc="" exp=""/>
    <constraint field="actor_group" desc="" exp=""/>
    <constraint field="source_file" desc="" exp=""/>
    <constraint field="source_line" desc="" exp=""/>
    <constraint field="place_incidents" desc="" exp=""/>
    <constraint field="place_names" desc="" exp=""/>
    <constraint field="place_first" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
