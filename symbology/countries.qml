<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis symbologyReferenceScale="-1" simplifyDrawingHints="1" simplifyLocal="1" simplifyMaxScale="1" labelsEnabled="1" maxScale="0" simplifyAlgorithm="0" simplifyDrawingTol="1" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" readOnly="0" styleCategories="AllStyleCategories" minScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" endField="" mode="0" limitMode="0" durationUnit="min" startField="" enabled="0" durationField="" fixedDuration="0" endExpression="" startExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 enableorderby="0" symbollevels="0" type="RuleRenderer" referencescale="-1" forceraster="0">
    <rules key="{4f2bcd27-a36e-4f5b-8f05-7fa300583faf}">
      <rule filter="&quot;ISO_A3&quot; = @mali_country_iso3" symbol="0" label="Mali" key="{cfa290f1-b04e-4b28-a2ed-8ecdaa2a2609}"/>
      <rule filter="ELSE" symbol="1" label="Other countries" key="{763813ed-eb66-4d28-91bd-3c195197f036}"/>
    </rules>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" name="0" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="242,235,219,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="95,90,82,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.5" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="242,235,219,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="95,90,82,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.5"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" name="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" locked="0" class="SimpleFill" enabled="1">
          <Option type="Map">
            <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
            <Option value="232,230,225,255" name="color" type="QString"/>
            <Option value="bevel" name="joinstyle" type="QString"/>
            <Option value="0,0" name="offset" type="QString"/>
            <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
            <Option value="MM" name="offset_unit" type="QString"/>
            <Option value="169,164,155,255" name="outline_color" type="QString"/>
            <Option value="solid" name="outline_style" type="QString"/>
            <Option value="0.3" name="outline_width" type="QString"/>
            <Option value="MM" name="outline_width_unit" type="QString"/>
            <Option value="solid" name="style" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="232,230,225,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="169,164,155,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style blendMode="0" capitalization="0" fontItalic="1" allowHtml="0" previewBkgrdColor="255,255,255,255" fieldName="upper(&quot;NAME&quot;)" fontWeight="50" fontStrikeout="0" fontSize="8" fontWordSpacing="0" textOrientation="horizontal" isExpression="1" useSubstitutions="0" textOpacity="1" fontFamily="DejaVu Sans" textColor="140,135,126,255" fontLetterSpacing="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" multilineHeight="1" fontKerning="1" fontSizeUnit="Point" legendString="Aa" fontUnderline="0" namedStyle="">
        <families/>
        <text-buffer bufferDraw="1" bufferJoinStyle="128" bufferOpacity="1" bufferBlendMode="0" bufferSizeUnits="MM" bufferSize="0.69999999999999996" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferColor="255,255,255,255"/>
        <text-mask maskSizeUnits="MM" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskEnabled="0" maskJoinStyle="128" maskType="0"/>
        <background shapeOffsetX="0" shapeRadiiUnit="MM" shapeOffsetY="0" shapeSVGFile="" shapeFillColor="255,255,255,255" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeSizeY="0" shapeRotationType="0" shapeRotation="0" shapeDraw="0" shapeOffsetUnit="MM" shapeSizeType="0" shapeType="0" shapeOpacity="1" shapeBorderWidth="0" shapeBorderColor="128,128,128,255" shapeBorderWidthUnit="MM" shapeSizeX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeRadiiY="0" shapeRadiiX="0" shapeSizeUnit="MM">
          <symbol alpha="1" clip_to_extent="1" name="fillSymbol" type="fill" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" locked="0" class="SimpleFill" enabled="1">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
                <Option value="255,255,255,255" name="color" type="QString"/>
                <Option value="bevel" name="joinstyle" type="QString"/>
                <Option value="0,0" name="offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="offset_unit" type="QString"/>
                <Option value="128,128,128,255" name="outline_color" type="QString"/>
                <Option value="no" name="outline_style" type="QString"/>
                <Option value="0" name="outline_width" type="QString"/>
                <Option value="MM" name="outline_width_unit" type="QString"/>
                <Option value="solid" name="style" type="QString"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" name="name" type="QString"/>
                  <Option name="properties"/>
                  <Option value="collection" name="type" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOffsetAngle="135" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowUnder="0" shadowBlendMode="6" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowOffsetDist="1" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowOffsetGlobal="1"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" reverseDirectionSymbol="0" placeDirectionSymbol="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" addDirectionSymbol="0" plussign="0" multilineAlign="3" wrapChar="" autoWrapLength="0" rightDirectionSymbol=">"/>
      <placement maxCurvedCharAngleIn="25" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" xOffset="0" lineAnchorClipping="0" offsetType="0" overrunDistance="0" distMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" placement="4" polygonPlacementFlags="2" geometryGenerator="" dist="0" preserveRotation="1" quadOffset="4" centroidInside="0" fitInPolygonOnly="0" repeatDistance="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" repeatDistanceUnits="MM" layerType="UnknownGeometry" rotationUnit="AngleDegrees" geometryGeneratorEnabled="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleOut="-25" geometryGeneratorType="PointGeometry" distUnits="MM" rotationAngle="0" placementFlags="10" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" offsetUnits="MM" yOffset="0" priority="1" lineAnchorPercent="0.5" lineAnchorType="0"/>
      <rendering mergeLines="0" fontLimitPixelSize="0" displayAll="0" minFeatureSize="0" drawLabels="1" scaleVisibility="1" obstacleType="1" fontMaxPixelSize="10000" obstacle="1" obstacleFactor="1" fontMinPixelSize="0" labelPerPart="0" upsidedownLabels="0" unplacedVisibility="0" scaleMin="0" scaleMax="25000000" maxNumLabels="2000" zIndex="0" limitNumLabels="0"/>
      <dd_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties" type="Map">
            <Option name="Show" type="Map">
              <Option value="true" name="active" type="bool"/>
              <Option value="NOT (&quot;ISO_A3&quot; = @mali_country_iso3)" name="expression" type="QString"/>
              <Option value="3" name="type" type="int"/>
            </Option>
          </Option>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" name="anchorPoint" type="QString"/>
          <Option value="0" name="blendMode" type="int"/>
          <Option name="ddProperties" type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
          <Option value="false" name="drawToAllParts" type="bool"/>
          <Option value="0" name="enabled" type="QString"/>
          <Option value="point_on_exterior" name="labelAnchorPoint" type="QString"/>
          <Option value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; name=&quot;symbol&quot; type=&quot;line&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; locked=&quot;0&quot; class=&quot;SimpleLine&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
          <Option value="0" name="minLength" type="double"/>
          <Option value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale" type="QString"/>
          <Option value="MM" name="minLengthUnit" type="QString"/>
          <Option value="0" name="offsetFromAnchor" type="double"/>
          <Option value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale" type="QString"/>
          <Option value="MM" name="offsetFromAnchorUnit" type="QString"/>
          <Option value="0" name="offsetFromLabel" type="double"/>
          <Option value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale" type="QString"/>
          <Option value="MM" name="offsetFromLabelUnit" type="QString"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option type="Map">
      <Option value="NAME" name="dualview/previewExpressions" type="QString"/>
      <Option value="0" name="embeddedWidgets/count" type="QString"/>
      <Option name="variableNames"/>
      <Option name="variableValues"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer diagramType="Histogram" attributeLegend="1">
    <DiagramCategory labelPlacementMethod="XHeight" lineSizeScale="3x:0,0,0,0,0,0" enabled="0" width="15" spacingUnitScale="3x:0,0,0,0,0,0" barWidth="5" height="15" sizeType="MM" spacing="0" rotationOffset="270" backgroundAlpha="255" direction="1" penColor="#000000" diagramOrientation="Up" backgroundColor="#ffffff" penAlpha="255" spacingUnit="MM" sizeScale="3x:0,0,0,0,0,0" penWidth="0" minScaleDenominator="0" lineSizeType="MM" scaleDependency="Area" scaleBasedVisibility="0" maxScaleDenominator="1e+08" showAxis="0" minimumSize="0" opacity="1">
      <fontProperties style="" description="Cantarell,11,-1,5,50,0,0,0,0,0"/>
      <attribute colorOpacity="1" color="#000000" field="" label=""/>
      <axisSymbol>
        <symbol alpha="1" clip_to_extent="1" name="" type="line" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" locked="0" class="SimpleLine" enabled="1">
            <Option type="Map">
              <Option value="0" name="align_dash_pattern" type="QString"/>
              <Option value="square" name="capstyle" type="QString"/>
              <Option value="5;2" name="customdash" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="customdash_map_unit_scale" type="QString"/>
              <Option value="MM" name="customdash_unit" type="QString"/>
              <Option value="0" name="dash_pattern_offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="dash_pattern_offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="dash_pattern_offset_unit" type="QString"/>
              <Option value="0" name="draw_inside_polygon" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="35,35,35,255" name="line_color" type="QString"/>
              <Option value="solid" name="line_style" type="QString"/>
              <Option value="0.26" name="line_width" type="QString"/>
              <Option value="MM" name="line_width_unit" type="QString"/>
              <Option value="0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="0" name="ring_filter" type="QString"/>
              <Option value="0" name="trim_distance_end" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="trim_distance_end_map_unit_scale" type="QString"/>
              <Option value="MM" name="trim_distance_end_unit" type="QString"/>
              <Option value="0" name="trim_distance_start" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="trim_distance_start_map_unit_scale" type="QString"/>
              <Option value="MM" name="trim_distance_start_unit" type="QString"/>
              <Option value="0" name="tweak_dash_pattern_on_corners" type="QString"/>
              <Option value="0" name="use_custom_dash" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="width_map_unit_scale" type="QString"/>
            </Option>
            <prop k="align_dash_pattern" v="0"/>
            <prop k="capstyle" v="square"/>
            <prop k="customdash" v="5;2"/>
            <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="customdash_unit" v="MM"/>
            <prop k="dash_pattern_offset" v="0"/>
            <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="dash_pattern_offset_unit" v="MM"/>
            <prop k="draw_inside_polygon" v="0"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="line_color" v="35,35,35,255"/>
            <prop k="line_style" v="solid"/>
            <prop k="line_width" v="0.26"/>
            <prop k="line_width_unit" v="MM"/>
            <prop k="offset" v="0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="ring_filter" v="0"/>
            <prop k="trim_distance_end" v="0"/>
            <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="trim_distance_end_unit" v="MM"/>
            <prop k="trim_distance_start" v="0"/>
            <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="trim_distance_start_unit" v="MM"/>
            <prop k="tweak_dash_pattern_on_corners" v="0"/>
            <prop k="use_custom_dash" v="0"/>
            <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings showAll="1" obstacle="0" placement="0" linePlacementFlags="18" zIndex="0" priority="0" dist="0">
    <properties>
      <Option type="Map">
        <Option value="" name="name" type="QString"/>
        <Option name="properties"/>
        <Option value="collection" name="type" type="QString"/>
      </Option>
    </properties>
  </DiagramLayerSettings>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks/>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="iso_a2" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="NAME" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="FIPS_10_" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ISO_A3" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A2" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="WB_A3" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" index="0" field="fid"/>
    <alias name="" index="1" field="iso_a2"/>
    <alias name="" index="2" field="NAME"/>
    <alias name="" index="3" field="FIPS_10_"/>
    <alias name="" index="4" field="ISO_A3"/>
    <alias name="" index="5" field="WB_A2"/>
    <alias name="" index="6" field="WB_A3"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="iso_a2" expression="" applyOnUpdate="0"/>
    <default field="NAME" expression="" applyOnUpdate="0"/>
    <default field="FIPS_10_" expression="" applyOnUpdate="0"/>
    <default field="ISO_A3" expression="" applyOnUpdate="0"/>
    <default field="WB_A2" expression="" applyOnUpdate="0"/>
    <default field="WB_A3" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" notnull_strength="1" unique_strength="1" constraints="3"/>
    <constraint field="iso_a2" exp_strength="0" notnull_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="NAME" exp_strength="0" notnull_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="FIPS_10_" exp_strength="0" notnull_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="ISO_A3" exp_strength="0" notnull_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="WB_A2" exp_strength="0" notnull_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="WB_A3" exp_strength="0" notnull_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="fid" exp=""/>
    <constraint desc="" field="iso_a2" exp=""/>
    <constraint desc="" field="NAME" exp=""/>
    <constraint desc="" field="FIPS_10_" exp=""/>
    <constraint desc="" field="ISO_A3" exp=""/>
    <constraint desc="" field="WB_A2" exp=""/>
    <constraint desc="" field="WB_A3" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions>
    <defaultAction value="{00000000-0000-0000-0000-000000000000}" key="Canvas"/>
  </attributeactions>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns>
      <column name="NAME" type="field" hidden="0" width="-1"/>
      <column name="FIPS_10_" type="field" hidden="0" width="-1"/>
      <column name="ISO_A3" type="field" hidden="0" width="-1"/>
      <column name="WB_A2" type="field" hidden="0" width="-1"/>
      <column name="WB_A3" type="field" hidden="0" width="-1"/>
      <column type="actions" hidden="1" width="-1"/>
      <column name="fid" type="field" hidden="0" width="-1"/>
      <column name="iso_a2" type="field" hidden="0" width="-1"/>
    </columns>
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
  <editforminitcode><![CDATA[# -*- coding: utf-8 -*-
"""
QGIS forms can have a Python function that is called when the form is
opened.

Use this function to add extra logic to your forms.

Enter the name of the function in the "Python Init function"
field.
An example follows:
"""
from qgis.PyQt.QtWidgets import QWidget

def my_form_open(dialog, layer, feature):
	geom = feature.geometry()
	control = dialog.findChild(QWidget, "MyLineEdit")
]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="1" name="ABBREV"/>
    <field editable="1" name="ABBREV_LEN"/>
    <field editable="1" name="ADM0_A3"/>
    <field editable="1" name="ADM0_A3_IS"/>
    <field editable="1" name="ADM0_A3_UN"/>
    <field editable="1" name="ADM0_A3_US"/>
    <field editable="1" name="ADM0_A3_WB"/>
    <field editable="1" name="ADM0_DIF"/>
    <field editable="1" name="ADMIN"/>
    <field editable="1" name="BRK_A3"/>
    <field editable="1" name="BRK_DIFF"/>
    <field editable="1" name="BRK_GROUP"/>
    <field editable="1" name="BRK_NAME"/>
    <field editable="1" name="CONTINENT"/>
    <field editable="1" name="ECONOMY"/>
    <field editable="1" name="FIPS_10_"/>
    <field editable="1" name="FORMAL_EN"/>
    <field editable="1" name="FORMAL_FR"/>
    <field editable="1" name="GDP_MD_EST"/>
    <field editable="1" name="GDP_YEAR"/>
    <field editable="1" name="GEOUNIT"/>
    <field editable="1" name="GEOU_DIF"/>
    <field editable="1" name="GU_A3"/>
    <field editable="1" name="HOMEPART"/>
    <field editable="1" name="INCOME_GRP"/>
    <field editable="1" name="ISO_A2"/>
    <field editable="1" name="ISO_A3"/>
    <field editable="1" name="ISO_A3_EH"/>
    <field editable="1" name="ISO_N3"/>
    <field editable="1" name="LABELRANK"/>
    <field editable="1" name="LASTCENSUS"/>
    <field editable="1" name="LEVEL"/>
    <field editable="1" name="LONG_LEN"/>
    <field editable="1" name="MAPCOLOR13"/>
    <field editable="1" name="MAPCOLOR7"/>
    <field editable="1" name="MAPCOLOR8"/>
    <field editable="1" name="MAPCOLOR9"/>
    <field editable="1" name="MAX_LABEL"/>
    <field editable="1" name="MIN_LABEL"/>
    <field editable="1" name="MIN_ZOOM"/>
    <field editable="1" name="NAME"/>
    <field editable="1" name="NAME_ALT"/>
    <field editable="1" name="NAME_AR"/>
    <field editable="1" name="NAME_BN"/>
    <field editable="1" name="NAME_CIAWF"/>
    <field editable="1" name="NAME_DE"/>
    <field editable="1" name="NAME_EL"/>
    <field editable="1" name="NAME_EN"/>
    <field editable="1" name="NAME_ES"/>
    <field editable="1" name="NAME_FR"/>
    <field editable="1" name="NAME_HI"/>
    <field editable="1" name="NAME_HU"/>
    <field editable="1" name="NAME_ID"/>
    <field editable="1" name="NAME_IT"/>
    <field editable="1" name="NAME_JA"/>
    <field editable="1" name="NAME_KO"/>
    <field editable="1" name="NAME_LEN"/>
    <field editable="1" name="NAME_LONG"/>
    <field editable="1" name="NAME_NL"/>
    <field editable="1" name="NAME_PL"/>
    <field editable="1" name="NAME_PT"/>
    <field editable="1" name="NAME_RU"/>
    <field editable="1" name="NAME_SORT"/>
    <field editable="1" name="NAME_SV"/>
    <field editable="1" name="NAME_TR"/>
    <field editable="1" name="NAME_VI"/>
    <field editable="1" name="NAME_ZH"/>
    <field editable="1" name="NE_ID"/>
    <field editable="1" name="NOTE_ADM0"/>
    <field editable="1" name="NOTE_BRK"/>
    <field editable="1" name="POP_EST"/>
    <field editable="1" name="POP_RANK"/>
    <field editable="1" name="POP_YEAR"/>
    <field editable="1" name="POSTAL"/>
    <field editable="1" name="REGION_UN"/>
    <field editable="1" name="REGION_WB"/>
    <field editable="1" name="SOVEREIGNT"/>
    <field editable="1" name="SOV_A3"/>
    <field editable="1" name="SUBREGION"/>
    <field editable="1" name="SUBUNIT"/>
    <field editable="1" name="SU_A3"/>
    <field editable="1" name="SU_DIF"/>
    <field editable="1" name="TINY"/>
    <field editable="1" name="TYPE"/>
    <field editable="1" name="UN_A3"/>
    <field editable="1" name="WB_A2"/>
    <field editable="1" name="WB_A3"/>
    <field editable="1" name="WIKIDATAID"/>
    <field editable="1" name="WIKIPEDIA"/>
    <field editable="1" name="WOE_ID"/>
    <field editable="1" name="WOE_ID_EH"/>
    <field editable="1" name="WOE_NOTE"/>
    <field editable="1" name="featurecla"/>
    <field editable="1" name="fid"/>
    <field editable="1" name="iso_a2"/>
    <field editable="1" name="scalerank"/>
  </editable>
  <labelOnTop>
    <field labelOnTop="0" name="ABBREV"/>
    <field labelOnTop="0" name="ABBREV_LEN"/>
    <field labelOnTop="0" name="ADM0_A3"/>
    <field labelOnTop="0" name="ADM0_A3_IS"/>
    <field labelOnTop="0" name="ADM0_A3_UN"/>
    <field labelOnTop="0" name="ADM0_A3_US"/>
    <field labelOnTop="0" name="ADM0_A3_WB"/>
    <field labelOnTop="0" name="ADM0_DIF"/>
    <field labelOnTop="0" name="ADMIN"/>
    <field labelOnTop="0" name="BRK_A3"/>
    <field labelOnTop="0" name="BRK_DIFF"/>
    <field labelOnTop="0" name="BRK_GROUP"/>
    <field labelOnTop="0" name="BRK_NAME"/>
    <field labelOnTop="0" name="CONTINENT"/>
    <field labelOnTop="0" name="ECONOMY"/>
    <field labelOnTop="0" name="FIPS_10_"/>
    <field labelOnTop="0" name="FORMAL_EN"/>
    <field labelOnTop="0" name="FORMAL_FR"/>
    <field labelOnTop="0" name="GDP_MD_EST"/>
    <field labelOnTop="0" name="GDP_YEAR"/>
    <field labelOnTop="0" name="GEOUNIT"/>
    <field labelOnTop="0" name="GEOU_DIF"/>
    <field labelOnTop="0" name="GU_A3"/>
    <field labelOnTop="0" name="HOMEPART"/>
    <field labelOnTop="0" name="INCOME_GRP"/>
    <field labelOnTop="0" name="ISO_A2"/>
    <field labelOnTop="0" name="ISO_A3"/>
    <field labelOnTop="0" name="ISO_A3_EH"/>
    <field labelOnTop="0" name="ISO_N3"/>
    <field labelOnTop="0" name="LABELRANK"/>
    <field labelOnTop="0" name="LASTCENSUS"/>
    <field labelOnTop="0" name="LEVEL"/>
    <field labelOnTop="0" name="LONG_LEN"/>
    <field labelOnTop="0" name="MAPCOLOR13"/>
    <field labelOnTop="0" name="MAPCOLOR7"/>
    <field labelOnTop="0" name="MAPCOLOR8"/>
    <field labelOnTop="0" name="MAPCOLOR9"/>
    <field labelOnTop="0" name="MAX_LABEL"/>
    <field labelOnTop="0" name="MIN_LABEL"/>
    <field labelOnTop="0" name="MIN_ZOOM"/>
    <field labelOnTop="0" name="NAME"/>
    <field labelOnTop="0" name="NAME_ALT"/>
    <field labelOnTop="0" name="NAME_AR"/>
    <field labelOnTop="0" name="NAME_BN"/>
    <field labelOnTop="0" name="NAME_CIAWF"/>
    <field labelOnTop="0" name="NAME_DE"/>
    <field labelOnTop="0" name="NAME_EL"/>
    <field labelOnTop="0" name="NAME_EN"/>
    <field labelOnTop="0" name="NAME_ES"/>
    <field labelOnTop="0" name="NAME_FR"/>
    <field labelOnTop="0" name="NAME_HI"/>
    <field labelOnTop="0" name="NAME_HU"/>
    <field labelOnTop="0" name="NAME_ID"/>
    <field labelOnTop="0" name="NAME_IT"/>
    <field labelOnTop="0" name="NAME_JA"/>
    <field labelOnTop="0" name="NAME_KO"/>
    <field labelOnTop="0" name="NAME_LEN"/>
    <field labelOnTop="0" name="NAME_LONG"/>
    <field labelOnTop="0" name="NAME_NL"/>
    <field labelOnTop="0" name="NAME_PL"/>
    <field labelOnTop="0" name="NAME_PT"/>
    <field labelOnTop="0" name="NAME_RU"/>
    <field labelOnTop="0" name="NAME_SORT"/>
    <field labelOnTop="0" name="NAME_SV"/>
    <field labelOnTop="0" name="NAME_TR"/>
    <field labelOnTop="0" name="NAME_VI"/>
    <field labelOnTop="0" name="NAME_ZH"/>
    <field labelOnTop="0" name="NE_ID"/>
    <field labelOnTop="0" name="NOTE_ADM0"/>
    <field labelOnTop="0" name="NOTE_BRK"/>
    <field labelOnTop="0" name="POP_EST"/>
    <field labelOnTop="0" name="POP_RANK"/>
    <field labelOnTop="0" name="POP_YEAR"/>
    <field labelOnTop="0" name="POSTAL"/>
    <field labelOnTop="0" name="REGION_UN"/>
    <field labelOnTop="0" name="REGION_WB"/>
    <field labelOnTop="0" name="SOVEREIGNT"/>
    <field labelOnTop="0" name="SOV_A3"/>
    <field labelOnTop="0" name="SUBREGION"/>
    <field labelOnTop="0" name="SUBUNIT"/>
    <field labelOnTop="0" name="SU_A3"/>
    <field labelOnTop="0" name="SU_DIF"/>
    <field labelOnTop="0" name="TINY"/>
    <field labelOnTop="0" name="TYPE"/>
    <field labelOnTop="0" name="UN_A3"/>
    <field labelOnTop="0" name="WB_A2"/>
    <field labelOnTop="0" name="WB_A3"/>
    <field labelOnTop="0" name="WIKIDATAID"/>
    <field labelOnTop="0" name="WIKIPEDIA"/>
    <field labelOnTop="0" name="WOE_ID"/>
    <field labelOnTop="0" name="WOE_ID_EH"/>
    <field labelOnTop="0" name="WOE_NOTE"/>
    <field labelOnTop="0" name="featurecla"/>
    <field labelOnTop="0" name="fid"/>
    <field labelOnTop="0" name="iso_a2"/>
    <field labelOnTop="0" name="scalerank"/>
  </labelOnTop>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>NAME</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
